namespace Platform.Venues.Tests;

/// <summary>One module host over a fresh PostgreSQL database with the sample seed, per test class.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    private VenuesHost? _host;

    public VenuesHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await VenuesHost.StartPostgresAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
