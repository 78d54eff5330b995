namespace Platform.GraphQL.Language;

/// <summary>A GraphQL document's text and the name it is reported under.</summary>
public sealed class Source
{
    private int[]? _lineStarts;

    public Source(string body, string name = "GraphQL request")
    {
        Body = body;
        Name = name;
    }

    public string Body { get; }

    public string Name { get; }

    /// <summary>Line and column (both 1-based, columns in UTF-16 code units) of an offset, as graphql-js counts them.</summary>
    public SourceLocation GetLocation(int offset)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Body);
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new SourceLocation(index + 1, offset - starts[index] + 1);
    }

    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}

/// <summary>A 1-based line and column in a <see cref="Source"/>.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>The span of source text a syntax node was parsed from.</summary>
public readonly struct Location
{
    public Location(int start, int end, Source source)
    {
        Start = start;
        End = end;
        Source = source;
    }

    /// <summary>Offset of the node's first character.</summary>
    public int Start { get; }

    /// <summary>Offset just past the node's last character.</summary>
    public int End { get; }

    public Source Source { get; }

    public SourceLocation StartLocation => Source.GetLocation(Start);
}
