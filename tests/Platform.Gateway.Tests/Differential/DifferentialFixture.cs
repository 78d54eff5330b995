namespace Platform.Gateway.Tests.Differential;

/// <summary>Both subgraph sets, each behind its own gateway, shared by the differential tests.</summary>
public sealed class DifferentialFixture : IAsyncLifetime
{
    private readonly Dictionary<string, (SubgraphSetProcess Subgraphs, TestGateway Gateway)> _sets = new(StringComparer.Ordinal);

    internal TestGateway GatewayFor(string set) => _sets[set].Gateway;

    public async Task InitializeAsync()
    {
        foreach (var set in new[] { "benchmark", "features" })
        {
            var subgraphs = await SubgraphSetProcess.StartAsync(set);
            var settings = subgraphs.Urls.ToDictionary(u => $"Gateway:Modules:{u.Key}:Url", u => (string?)u.Value.ToString());
            _sets[set] = (subgraphs, await TestGateway.StartAsync([], settings));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var (subgraphs, gateway) in _sets.Values)
        {
            await gateway.DisposeAsync();
            await subgraphs.DisposeAsync();
        }
    }
}
