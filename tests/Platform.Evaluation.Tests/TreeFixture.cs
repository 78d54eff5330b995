using Platform.Testing;

namespace Platform.Evaluation.Tests;

/// <summary>One module host over a fresh PostgreSQL database, its admin scopes read from a stand-in unit tree, per test class.</summary>
public sealed class TreeFixture : IAsyncLifetime
{
    private OrganizationStandIn? _organization;
    private EvaluationHost? _host;

    public UnitTree Tree { get; } = new();

    public EvaluationHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync()
    {
        _organization = await Tree.StartSubgraphAsync();
        _host = await EvaluationHost.StartPostgresAsync(organizationUrl: _organization.Url);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_organization is not null)
        {
            await _organization.DisposeAsync();
        }
    }
}
