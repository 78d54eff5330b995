namespace Platform.Volunteers.Tests;

/// <summary>One module host over a fresh PostgreSQL database, per test class; tests keep apart by using units of their own.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    private VolunteersHost? _host;

    public VolunteersHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await VolunteersHost.StartPostgresAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
