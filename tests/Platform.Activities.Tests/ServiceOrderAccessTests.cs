using Platform.Activities.Domain;
using Platform.Hosting.Security;
using static Platform.Activities.Domain.ServiceOrderAction;

namespace Platform.Activities.Tests;

/// <summary>Who may place, see and move an order: scopes of administrators, citizens' own orders, assignees.</summary>
public sealed class ServiceOrderAccessTests(UnitTreeWorld world) : IClassFixture<UnitTreeWorld>
{
    [Fact]
    public async Task Another_stations_admin_can_neither_see_nor_dispatch_an_order_and_nothing_changes()
    {
        var id = await world.PlaceAsync(world.Citizen("citizen-scope"));
        var before = await world.SnapshotAsync(id);
        var otherStation = world.Admin(world.OtherVillage);

        Assert.Equal(ServiceOrderErrors.NotFound, (await world.StepAsync(Dispatch, id, otherStation)).ErrorCode());
        var seen = await world.Host.PostAsync("query($id: ID!) { serviceOrder(id: $id) { id } }", new { id }, otherStation);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seen.Ok().GetProperty("serviceOrder").ValueKind);
        Assert.Equal(before, await world.SnapshotAsync(id));

        (await world.StepAsync(Dispatch, id, world.Admin(world.Township))).Ok();
    }

    [Fact]
    public async Task A_citizen_sees_only_their_own_orders()
    {
        var alice = world.Citizen("citizen-alice");
        var bob = world.Citizen("citizen-bob");
        var alices = new[] { await world.PlaceAsync(alice), await world.PlaceAsync(alice, world.OtherVillage) };
        var bobs = await world.PlaceAsync(bob);

        var mine = (await world.Host.PostAsync("{ myServiceOrders { totalCount edges { node { id placedByMe } } } }", token: alice))
            .Ok().GetProperty("myServiceOrders");
        Assert.Equal(2, mine.GetProperty("totalCount").GetInt32());
        Assert.Equal(alices.Order(), mine.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).Order());
        Assert.All(mine.GetProperty("edges").EnumerateArray(), e => Assert.True(e.GetProperty("node").GetProperty("placedByMe").GetBoolean()));

        var other = await world.Host.PostAsync("query($id: ID!) { serviceOrder(id: $id) { id } }", new { id = bobs }, alice);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, other.Ok().GetProperty("serviceOrder").ValueKind);
        Assert.Equal(ServiceOrderErrors.NotFound, (await world.StepAsync(Cancel, bobs, alice)).ErrorCode());
    }

    [Fact]
    public async Task Only_citizens_place_orders_and_only_signed_in_callers_act()
    {
        var input = new { input = new { unitId = world.Village, need = "需要", content = "STUDY_THEORY" } };
        const string Place = "mutation($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { id } }";

        Assert.Equal("UNAUTHENTICATED", (await world.Host.PostAsync(Place, input)).ErrorCode());
        Assert.Equal("FORBIDDEN", (await world.Host.PostAsync(Place, input, world.Admin(world.Village))).ErrorCode());
        Assert.Equal("FORBIDDEN", (await world.Host.PostAsync(Place, input, world.VolunteerToken(EntityIds.New()))).ErrorCode());
        var badUnit = new { input = new { unitId = "x", need = "需要", content = "STUDY_THEORY" } };
        Assert.Equal("INVALID_ID", (await world.Host.PostAsync(Place, badUnit, world.Citizen("c"))).ErrorCode());
        var past = new { input = new { unitId = world.Village, need = "需要", content = "STUDY_THEORY", wishedTime = "2020-01-01T00:00:00Z" } };
        Assert.Equal(ServiceOrderErrors.InvalidWishedTime, (await world.Host.PostAsync(Place, past, world.Citizen("c"))).ErrorCode());

        var id = await world.PlaceAsync(world.Citizen("citizen-anonymous"));
        Assert.Equal("UNAUTHENTICATED", (await world.Host.PostAsync("mutation($id: ID!) { openServiceOrder(id: $id) { id } }", new { id })).ErrorCode());
    }

    [Fact]
    public async Task The_citizen_cannot_dispatch_and_a_volunteer_not_assigned_cannot_accept()
    {
        var citizen = world.Citizen("citizen-not-admin");
        var id = await world.PlaceAsync(citizen);
        var before = await world.SnapshotAsync(id);
        Assert.Equal("FORBIDDEN", (await world.StepAsync(Dispatch, id, citizen)).ErrorCode());
        Assert.Equal(before, await world.SnapshotAsync(id));

        var assigned = EntityIds.New();
        (await world.StepAsync(Dispatch, id, world.Admin(world.Village), volunteerId: assigned)).Ok();
        Assert.Equal(ServiceOrderErrors.NotFound, (await world.StepAsync(Accept, id, world.VolunteerToken(EntityIds.New()))).ErrorCode());
        Assert.Equal("FORBIDDEN", (await world.StepAsync(Accept, id, world.Admin(world.Village))).ErrorCode());
        (await world.StepAsync(Accept, id, world.VolunteerToken(assigned))).Ok();
    }

    [Fact]
    public async Task A_units_orders_are_for_its_administrators_and_filter_by_status()
    {
        var citizen = world.Citizen("citizen-unit-list");
        var first = await world.PlaceAsync(citizen, world.OtherVillage);
        await world.PlaceAsync(citizen, world.OtherVillage);
        (await world.StepAsync(OpenForGrabs, first, world.Admin(world.OtherVillage))).Ok();
        const string Query = """
            query($reps: [_Any!]!) { _entities(representations: $reps) { ... on OrgUnit { serviceOrders(status: OPEN) { totalCount edges { node { id } } } } } }
            """;
        var reps = new { reps = new[] { new { __typename = "OrgUnit", id = world.OtherVillage } } };

        var open = (await world.Host.PostAsync(Query, reps, world.Admin(world.Township))).Ok().GetProperty("_entities")[0].GetProperty("serviceOrders");
        Assert.Equal(1, open.GetProperty("totalCount").GetInt32());
        Assert.Equal(first, open.GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString());

        Assert.Equal("FORBIDDEN", (await world.Host.PostAsync(Query, reps, world.Admin(world.Village))).ErrorCode());
        Assert.Equal("FORBIDDEN", (await world.Host.PostAsync(Query, reps, citizen)).ErrorCode());
    }

    [Fact]
    public async Task A_citizen_token_is_issued_and_accepted_with_no_orders_yet()
    {
        Assert.Contains(PlatformRoles.Citizen, PlatformRoles.All);

        var mine = await world.Host.PostAsync("{ myServiceOrders { totalCount } }", token: world.Citizen("citizen-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(0, mine.Ok().GetProperty("myServiceOrders").GetProperty("totalCount").GetInt32());
        Assert.Equal("FORBIDDEN", (await world.Host.PostAsync("{ myServiceOrders { totalCount } }", token: world.Admin(world.Village))).ErrorCode());
    }
}
