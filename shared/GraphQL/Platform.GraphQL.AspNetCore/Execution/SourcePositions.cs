using Platform.GraphQL.Language;

namespace Platform.GraphQL.AspNetCore.Execution;

/// <summary>The inverse of <see cref="Source.GetLocation"/>: the offset of a 1-based line and column.</summary>
internal static class SourcePositions
{
    public static int ToOffset(string body, SourceLocation location)
    {
        var line = 1;
        var offset = 0;
        while (line < location.Line && offset < body.Length)
        {
            var c = body[offset++];
            if (c == '\r' && offset < body.Length && body[offset] == '\n')
            {
                offset++;
            }

            if (c is '\r' or '\n')
            {
                line++;
            }
        }

        return Math.Min(offset + location.Column - 1, body.Length);
    }
}
