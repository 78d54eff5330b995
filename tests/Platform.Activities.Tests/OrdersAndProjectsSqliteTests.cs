using Microsoft.Extensions.DependencyInjection;
using Platform.Activities.Domain;
using Platform.Hosting.Security;

namespace Platform.Activities.Tests;

/// <summary>Orders and projects over the embedded SQLite file: the same mappings, version guards and history.</summary>
public sealed class OrdersAndProjectsSqliteTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "activities-orders-" + Guid.NewGuid().ToString("N"));
    private ActivitiesHost _host = null!;

    public async Task InitializeAsync() => _host = await ActivitiesHost.StartSqliteAsync(_directory);

    [Fact]
    public async Task An_order_is_placed_dispatched_and_accepted_and_a_project_admitted_on_sqlite()
    {
        var unit = EntityIds.New();
        var citizen = _host.Services.GetRequiredService<PlatformTokenIssuer>().Issue(new TokenRequest("resident-1", PlatformRoles.Citizen));
        var admin = _host.Token(PlatformRoles.PlatformAdmin);
        var placed = await _host.PostAsync(
            "mutation($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { id } }",
            new { input = new { unitId = unit, need = "义诊", content = "ENRICH_CULTURE" } }, citizen);
        var id = placed.Ok().GetProperty("placeServiceOrder").GetProperty("id").GetString();

        (await _host.PostAsync($"mutation {{ dispatchServiceOrder(id: \"{id}\", teamId: \"{EntityIds.New()}\") {{ id }} }}", token: admin)).Ok();
        var accepted = (await _host.PostAsync($"mutation {{ acceptServiceOrder(id: \"{id}\") {{ status version history {{ action }} }} }}", token: admin))
            .Ok().GetProperty("acceptServiceOrder");
        Assert.Equal("ACCEPTED", accepted.GetProperty("status").GetString());
        Assert.Equal(3, accepted.GetProperty("version").GetInt32());
        Assert.Equal(ServiceOrderErrors.TransitionNotAllowed, (await _host.PostAsync($"mutation {{ openServiceOrder(id: \"{id}\") {{ id }} }}", token: admin)).ErrorCode());
        var mine = (await _host.PostAsync("{ myServiceOrders(status: ACCEPTED) { nodes { id history { at } } } }", token: citizen)).Ok().GetProperty("myServiceOrders").GetProperty("nodes");
        Assert.Equal(id, Assert.Single(mine.EnumerateArray()).GetProperty("id").GetString());
        var reps = new[] { new { __typename = "OrgUnit", id = unit } };
        var listed = (await _host.PostAsync("query($reps: [_Any!]!) { _entities(representations: $reps) { ... on OrgUnit { serviceOrders { totalCount } } } }", new { reps }, admin))
            .Ok().GetProperty("_entities")[0].GetProperty("serviceOrders");
        Assert.Equal(1, listed.GetProperty("totalCount").GetInt32());

        var project = (await _host.PostAsync(
            "mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }",
            new { input = new { unitId = unit, name = "文明餐桌", content = "REFORM_CUSTOMS", teamIds = new[] { EntityIds.New() } } }, admin))
            .Ok().GetProperty("createProject").GetProperty("id").GetString();
        foreach (var step in new[] { "SUBMIT", "SCREEN", "REVIEW", "ADMIT", "DESIGNATE_BRAND" })
        {
            (await _host.PostAsync($"mutation {{ takeProjectStep(id: \"{project}\", action: {step}) {{ id }} }}", token: admin)).Ok();
        }

        var library = (await _host.PostAsync("{ admittedProjects(brandOnly: true) { nodes { id teams { id } } } }")).Ok().GetProperty("admittedProjects").GetProperty("nodes");
        Assert.Equal(project, Assert.Single(library.EnumerateArray()).GetProperty("id").GetString());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
