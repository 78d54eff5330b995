using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Execution;

/// <summary>
/// The caller's headers every module call carries: <c>Authorization</c> (modules authorize) and the W3C trace
/// context: while a span is current (the module call's own) its context, in the caller's trace; otherwise the
/// caller's <c>traceparent</c>/<c>tracestate</c> as received.
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

        var current = Activity.Current;
        var (traceParent, traceState) = current is { IdFormat: ActivityIdFormat.W3C }
            ? (current.Id, current.TraceStateString)
            : (TraceParent, TraceState);
        if (traceParent is not null)
        {
            request.Headers.TryAddWithoutValidation("traceparent", traceParent);
            if (traceState is not null)
            {
                request.Headers.TryAddWithoutValidation("tracestate", traceState);
            }
        }
    }

    /// <summary>The caller's span context, when it sent a valid <c>traceparent</c>.</summary>
    public ActivityContext? CallerContext =>
        TraceParent is not null && ActivityContext.TryParse(TraceParent, TraceState, out var context) ? context : null;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
