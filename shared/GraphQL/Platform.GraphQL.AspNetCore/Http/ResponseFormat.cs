using Microsoft.Net.Http.Headers;

namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>The media types the endpoint answers with.</summary>
internal enum ResponseFormat
{
    /// <summary>No acceptable media type: 406.</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: request errors answer 4xx.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: every well-formed request answers 200.</summary>
    Json,

    /// <summary><c>text/event-stream</c>: results as Server-Sent Events (graphql-sse, distinct connections).</summary>
    EventStream,
}

/// <summary>Picks the response media type from the Accept header, as the GraphQL-over-HTTP spec asks.</summary>
internal static class ResponseFormats
{
    public const string GraphQLResponseJsonMediaType = "application/graphql-response+json";
    public const string JsonMediaType = "application/json";
    public const string EventStreamMediaType = "text/event-stream";

    /// <summary>
    /// Highest quality wins; at equal quality an explicit type beats a wildcard and the earlier-listed type beats a
    /// later one. No Accept header means application/json (spec: legacy clients); so does <c>*/*</c>.
    /// </summary>
    public static ResponseFormat Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace))
        {
            return ResponseFormat.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted))
        {
            return ResponseFormat.None;
        }

        var best = ResponseFormat.None;
        var bestQuality = 0.0;
        var bestIsWildcard = true;
        foreach (var mediaType in accepted)
        {
            var quality = mediaType.Quality ?? 1.0;
            if (quality <= 0 || !HasUtf8Charset(mediaType) || Match(mediaType) is not { } format)
            {
                continue;
            }

            var isWildcard = mediaType.MatchesAllTypes || mediaType.MatchesAllSubTypes;
            if (best == ResponseFormat.None || quality > bestQuality || (quality == bestQuality && bestIsWildcard && !isWildcard))
            {
                best = format;
                bestQuality = quality;
                bestIsWildcard = isWildcard;
            }
        }

        return best;
    }

    public static string ContentType(ResponseFormat format) => format switch
    {
        ResponseFormat.GraphQLResponseJson => GraphQLResponseJsonMediaType + "; charset=utf-8",
        ResponseFormat.EventStream => EventStreamMediaType + "; charset=utf-8",
        _ => JsonMediaType + "; charset=utf-8",
    };

    private static ResponseFormat? Match(MediaTypeHeaderValue mediaType)
    {
        var type = mediaType.MediaType.Value?.ToLowerInvariant();
        return type switch
        {
            GraphQLResponseJsonMediaType => ResponseFormat.GraphQLResponseJson,
            JsonMediaType or "application/*" or "*/*" => ResponseFormat.Json,
            EventStreamMediaType => ResponseFormat.EventStream,
            _ => null,
        };
    }

    private static bool HasUtf8Charset(MediaTypeHeaderValue mediaType) =>
        mediaType.Charset.Value is not { } charset || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
}
