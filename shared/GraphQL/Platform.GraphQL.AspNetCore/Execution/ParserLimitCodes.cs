using Platform.GraphQL.Language;

namespace Platform.GraphQL.AspNetCore.Execution;

/// <summary>
/// The parser reports its token and depth limits as syntax errors; a stable <c>extensions.code</c> lets clients tell
/// them from typos.
/// </summary>
internal static class ParserLimitCodes
{
    public static GraphQLError Annotate(GraphQLError syntaxError, string query)
    {
        var code = syntaxError.Message switch
        {
            var m when m.Contains("Document contains more than", StringComparison.Ordinal) => ServerErrors.MaxTokensExceededCode,
            var m when m.Contains("Document nesting is deeper than", StringComparison.Ordinal) => ServerErrors.MaxParserDepthExceededCode,
            _ => null,
        };
        if (code is null || syntaxError.Locations.Count == 0)
        {
            return syntaxError;
        }

        var position = SourcePositions.ToOffset(query, syntaxError.Locations[0]);
        return new GraphQLError(syntaxError.Message, new Source(query), [position]) { Extensions = ServerErrors.Code(code) };
    }
}
