namespace Platform.Organization.Tests;

/// <summary>One module host over a fresh PostgreSQL database seeded with the Taiyuan pilot list, per test class.</summary>
public sealed class SeededHostFixture : IAsyncLifetime
{
    private OrganizationHost? _host;

    public OrganizationHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await OrganizationHost.StartPostgresAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
