using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>
/// The HTML page that loads GraphiQL from the endpoint's own <c>ide/</c> sub-path (no CDN) and points it at the
/// endpoint. The page has no inline script, so a strict Content-Security-Policy of <c>'self'</c> allows it.
/// </summary>
internal static class GraphQLIdePage
{
    public static Task WriteAsync(HttpContext context)
    {
        var endpoint = (context.Request.PathBase + context.Request.Path).Value!.TrimEnd('/');
        var assets = endpoint + "/" + GraphQLIdeAssets.SubPath + "/";
        var html = HtmlEncoder.Default;

        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>GraphiQL</title>\n")
            .Append("<style>html, body, #graphiql { height: 100%; margin: 0; overflow: hidden; }</style>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(html.Encode(assets + GraphQLIdeAssets.StyleSheet)).Append("\">\n")
            .Append("</head>\n<body>\n<div id=\"graphiql\" data-endpoint=\"").Append(html.Encode(endpoint)).Append("\">Loading…</div>\n");
        foreach (var script in GraphQLIdeAssets.Scripts)
        {
            page.Append("<script src=\"").Append(html.Encode(assets + script)).Append("\"></script>\n");
        }

        page.Append("</body>\n</html>\n");

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = "Accept";
        response.Headers.XContentTypeOptions = "nosniff";
        return response.WriteAsync(page.ToString(), context.RequestAborted);
    }
}
