using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Gateway.Registry;

/// <summary>Ready when the gateway serves a composed graph; unhealthy before the first composition or after the last module left.</summary>
internal sealed class SupergraphHealthCheck(ModuleRegistry registry) : IHealthCheck
{
    public const string Name = "supergraph";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(registry.Current is { } snapshot
            ? HealthCheckResult.Healthy($"Serving version {snapshot.Version} of the graph from {snapshot.Supergraph.Subgraphs.Count} module(s).")
            : HealthCheckResult.Unhealthy("No composed graph is served yet."));
}
