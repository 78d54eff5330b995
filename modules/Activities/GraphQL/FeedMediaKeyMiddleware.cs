using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Platform.Activities.GraphQL;

/// <summary>
/// Checks the <c>X-Media-Key</c> header of GraphQL requests before they run: an unknown key is refused with 401
/// (<c>INVALID_MEDIA_KEY</c>), a key over its per-minute limit with 429 and <c>Retry-After</c> (<c>RATE_LIMITED</c>),
/// both as GraphQL error bodies. Requests without the header pass (the feed is public). Added as a startup filter so
/// the module's Program.cs stays the same few lines.
/// </summary>
public sealed class FeedMediaKeyMiddleware(FeedMediaKeys keys) : IStartupFilter
{
    public const string Header = "X-Media-Key";
    public const string InvalidKey = "INVALID_MEDIA_KEY";
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The name of the media platform whose key a request carried (in <see cref="HttpContext.Items"/>).</summary>
    public const string ClientItem = "activities.media-client";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            if (!context.Request.Path.StartsWithSegments("/graphql") || !context.Request.Headers.TryGetValue(Header, out var presented))
            {
                await following(context);
                return;
            }

            var (verdict, name, retryAfter) = keys.Use(presented.ToString());
            switch (verdict)
            {
                case MediaKeyVerdict.Allowed:
                    context.Items[ClientItem] = name;
                    await following(context);
                    return;
                case MediaKeyVerdict.RateLimited:
                    context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    await RefuseAsync(context, StatusCodes.Status429TooManyRequests, RateLimited,
                        $"The media key \"{name}\" is over its per-minute limit; retry in {retryAfter} seconds.");
                    return;
                default:
                    await RefuseAsync(context, StatusCodes.Status401Unauthorized, InvalidKey, "The X-Media-Key is not a known media key; omit it to read the public feed anonymously.");
                    return;
            }
        });
        next(app);
    };

    private static async Task RefuseAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        var accept = context.Request.Headers.Accept.ToString();
        context.Response.ContentType = accept.Contains("application/graphql-response+json", StringComparison.OrdinalIgnoreCase)
            ? "application/graphql-response+json; charset=utf-8"
            : "application/json; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        await context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
