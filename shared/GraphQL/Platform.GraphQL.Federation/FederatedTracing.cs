using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Federation;

/// <summary>
/// Answers a router's <c>apollo-federation-include-trace: ftv1</c> request header with a federated trace, base64 in
/// the result's <c>extensions.ftv1</c>.
/// </summary>
internal static class FederatedTracing
{
    public const string HeaderName = "apollo-federation-include-trace";

    public static async Task<ExecutionResult> InterceptAsync(HttpContext context, Func<Task<ExecutionResult>> execute)
    {
        if (!string.Equals(context.Request.Headers[HeaderName], "ftv1", StringComparison.Ordinal))
        {
            return await execute().ConfigureAwait(false);
        }

        var start = DateTimeOffset.UtcNow;
        var timestamp = Stopwatch.GetTimestamp();
        var result = await execute().ConfigureAwait(false);
        var durationNs = (long)(Stopwatch.GetElapsedTime(timestamp).Ticks * 100);
        var trace = FederatedTraceEncoder.Encode(start, start.AddTicks(durationNs / 100), durationNs, result.Errors ?? []);
        var extensions = new Dictionary<string, object?>(result.Extensions ?? new Dictionary<string, object?>())
        {
            ["ftv1"] = Convert.ToBase64String(trace),
        };
        return new ExecutionResult { Data = result.Data, HasData = result.HasData, Errors = result.Errors, Extensions = extensions };
    }
}
