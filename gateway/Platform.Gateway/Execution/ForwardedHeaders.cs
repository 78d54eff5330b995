using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Execution;

/// <summary>
/// The caller's headers every module call carries: <c>Authorization</c> (modules authorize) and the W3C trace
/// context. While an activity is current the HTTP client propagates it (same trace, the gateway's span as parent);
/// otherwise the caller's <c>traceparent</c>/<c>tracestate</c> go on as received.
/// </summary>
public sealed record ForwardedHeaders(string? Authorization, string? TraceParent, string? TraceState)
{
    public static readonly ForwardedHeaders None = new(null, null, null);

    public static ForwardedHeaders From(HttpContext? context)
    {
        if (context is null)
        {
            return None;
        }

        var headers = context.Request.Headers;
        return new ForwardedHeaders(
            NullIfEmpty(headers.Authorization.ToString()),
            NullIfEmpty(headers["traceparent"].ToString()),
            NullIfEmpty(headers["tracestate"].ToString()));
    }

    public void ApplyTo(HttpRequestMessage request)
    {
        if (Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        }

        if (Activity.Current is null && TraceParent is not null)
        {
            request.Headers.TryAddWithoutValidation("traceparent", TraceParent);
            if (TraceState is not null)
            {
                request.Headers.TryAddWithoutValidation("tracestate", TraceState);
            }
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
