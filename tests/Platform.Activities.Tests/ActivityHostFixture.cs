namespace Platform.Activities.Tests;

/// <summary>One module host over a fresh PostgreSQL database, per test class (tests use fresh unit ids, so they do not meet).</summary>
public sealed class ActivityHostFixture : IAsyncLifetime
{
    private ActivitiesHost? _host;

    public ActivitiesHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await ActivitiesHost.StartPostgresAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
