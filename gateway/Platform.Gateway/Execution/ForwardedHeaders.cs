using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Execution;

/// <summary>
/// The caller's headers every module call carries: <c>Authorization</c> (modules authorize), the configured extra
/// headers (<see cref="GatewayOptions.ForwardedRequestHeaders"/>, e.g. <c>X-Media-Key</c>) and the W3C trace
/// context: while a span is current (the module call's own) its context, in the caller's trace; otherwise the
/// caller's <c>traceparent</c>/<c>tracestate</c> as received.
/// </summary>
public sealed record ForwardedHeaders(string? Authorization, string? TraceParent, string? TraceState)
{
    /// <summary>Headers the gateway sets itself on a module call, so a configured list cannot forward the caller's.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "traceparent", "tracestate", "Host", "Accept", "Accept-Encoding", "Connection", "Content-Type",
        "Content-Length", "Content-Encoding", "Transfer-Encoding", "Keep-Alive", "Upgrade", "TE", "Trailer", "Expect",
        "Proxy-Authorization", "Proxy-Connection",
    };

    public static readonly ForwardedHeaders None = new(null, null, null);

    /// <summary>The configured extra headers the caller sent, by name as configured (empty ones are left out).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Extra { get; init; } = [];

    public static ForwardedHeaders From(HttpContext? context, IEnumerable<string>? extraNames = null)
    {
        if (context is null)
        {
            return None;
        }

        var headers = context.Request.Headers;
        var extra = new List<KeyValuePair<string, string>>();
        foreach (var name in extraNames ?? [])
        {
            if (!string.IsNullOrWhiteSpace(name) && !Reserved.Contains(name) && NullIfEmpty(headers[name].ToString()) is { } value
                && !extra.Any(e => e.Key.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                extra.Add(new(name, value));
            }
        }

        return new ForwardedHeaders(
            NullIfEmpty(headers.Authorization.ToString()),
            NullIfEmpty(headers["traceparent"].ToString()),
            NullIfEmpty(headers["tracestate"].ToString()))
        {
            Extra = extra,
        };
    }

    public void ApplyTo(HttpRequestMessage request)
    {
        if (Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        }

        foreach (var (name, value) in Extra)
        {
            request.Headers.TryAddWithoutValidation(name, value);
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
