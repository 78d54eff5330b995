using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Activities.Data;

namespace Platform.Activities.Tests;

/// <summary>The module as a federation subgraph over PostgreSQL, its schema from the committed migration.</summary>
public sealed class FederationTests : IAsyncLifetime
{
    private ActivitiesHost _host = null!;

    public async Task InitializeAsync() => _host = await ActivitiesHost.StartPostgresAsync();

    [Fact]
    public async Task The_service_sdl_links_federation()
    {
        var sdl = (await _host.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;

        Assert.Contains("@link(url: \"https://specs.apollo.dev/federation/", sdl);
    }

    [Fact]
    public async Task The_five_practice_contents_come_in_source_order_with_their_official_names()
    {
        var contents = (await _host.PostAsync("{ practiceContents { content name } }")).Ok().GetProperty("practiceContents");

        Assert.Equal(
            ["STUDY_THEORY", "PUBLICIZE_POLICY", "CULTIVATE_VALUES", "ENRICH_CULTURE", "REFORM_CUSTOMS"],
            contents.EnumerateArray().Select(c => c.GetProperty("content").GetString()));
        Assert.Equal("持续深入移风易俗", contents[4].GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_initial_migration_is_applied_and_matches_the_model()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();

        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), migration => migration.EndsWith("_InitialActivities", StringComparison.Ordinal));
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last migration: add one (dotnet ef migrations add).");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
