using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphiQL files embedded at build time (from the npm packages pinned in <c>Ide/package-lock.json</c>), served
/// under the endpoint's <c>ide/</c> sub-path. Their names carry no version, so the cache entry is tied to an ETag
/// of the assembly's build as well as a long max-age.
/// </summary>
internal static class GraphQLIdeAssets
{
    public const string SubPath = "ide";

    public static readonly string[] Scripts = ["react.production.min.js", "react-dom.production.min.js", "graphiql.min.js", "start.js"];

    public const string StyleSheet = "graphiql.min.css";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["start.js"] = "text/javascript; charset=utf-8",
        [StyleSheet] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string ETag =
        "\"" + typeof(GraphQLIdeAssets).Assembly.ManifestModule.ModuleVersionId.ToString("N") + "\"";

    public static async Task ServeAsync(HttpContext context, string? file)
    {
        var response = context.Response;
        if (file is null || !ContentTypes.TryGetValue(file, out var contentType)
            || typeof(GraphQLIdeAssets).Assembly.GetManifestResourceStream("Ide/" + file) is not { } stream)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using (stream)
        {
            response.Headers.CacheControl = "public, max-age=31536000";
            response.Headers.ETag = ETag;
            response.Headers.XContentTypeOptions = "nosniff";
            if (context.Request.Headers.IfNoneMatch.Contains(ETag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            response.ContentType = contentType;
            response.ContentLength = stream.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await stream.CopyToAsync(response.Body, context.RequestAborted);
            }
        }
    }

    /// <summary>Whether a GET is a browser opening the endpoint rather than a GraphQL request.</summary>
    public static bool IsBrowserNavigation(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query")
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(mediaType => mediaType.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            && (mediaType.Quality ?? 1.0) > 0);
}
