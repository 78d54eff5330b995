using Platform.Activities.Domain;
using static Platform.Activities.Domain.ServiceOrderAction;

namespace Platform.Activities.Tests;

/// <summary>The five-step flow with a volunteer, rejection back to the dispatcher, escalation up the tree, cancelling, and the steps' own checks.</summary>
public sealed class ServiceOrderFlowTests(UnitTreeWorld world) : IClassFixture<UnitTreeWorld>
{
    [Fact]
    public async Task An_order_goes_through_the_five_steps_and_both_sides_see_every_step()
    {
        var citizen = world.Citizen("citizen-five-steps");
        var station = world.Admin(world.Village);
        var volunteerId = EntityIds.New();
        var volunteer = world.VolunteerToken(volunteerId);
        var id = await world.PlaceAsync(citizen);

        (await world.StepAsync(Dispatch, id, station, volunteerId: volunteerId)).Ok();
        (await world.StepAsync(Accept, id, volunteer)).Ok();
        (await world.StepAsync(Complete, id, volunteer)).Ok();
        (await world.StepAsync(Rate, id, citizen)).Ok();
        var rewarded = (await world.StepAsync(Reward, id, station)).Ok().GetProperty("step");

        Assert.Equal("REWARDED", rewarded.GetProperty("status").GetString());
        Assert.Equal(5, rewarded.GetProperty("rating").GetInt32());
        Assert.Equal(20, rewarded.GetProperty("rewardPoints").GetInt32());
        Assert.Equal(volunteerId, rewarded.GetProperty("volunteer").GetProperty("id").GetString());
        string[] steps = ["PLACE", "DISPATCH", "ACCEPT", "COMPLETE", "RATE", "REWARD"];
        string[] actors = ["CITIZEN", "ADMINISTRATOR", "ASSIGNEE", "ASSIGNEE", "CITIZEN", "ADMINISTRATOR"];
        foreach (var token in new[] { citizen, station, volunteer })
        {
            var seen = (await world.Host.PostAsync("query($id: ID!) { serviceOrder(id: $id) { history { action actor } } }", new { id }, token))
                .Ok().GetProperty("serviceOrder").GetProperty("history");
            Assert.Equal(steps, seen.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
            Assert.Equal(actors, seen.EnumerateArray().Select(e => e.GetProperty("actor").GetString()));
        }
    }

    [Fact]
    public async Task A_rejected_order_goes_back_to_the_dispatcher_with_the_reason_and_can_be_dispatched_again()
    {
        var id = await world.PlaceAsync(world.Citizen("citizen-reject"));
        var volunteerId = EntityIds.New();
        (await world.StepAsync(Dispatch, id, world.Admin(world.Village), volunteerId: volunteerId)).Ok();

        var rejected = (await world.StepAsync(Reject, id, world.VolunteerToken(volunteerId))).Ok().GetProperty("step");

        Assert.Equal("ORDERED", rejected.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rejected.GetProperty("volunteer").ValueKind);
        Assert.Equal("人手不足", rejected.GetProperty("history")[2].GetProperty("reason").GetString());
        Assert.Equal(ServiceOrderErrors.NotFound, (await world.StepAsync(Accept, id, world.VolunteerToken(volunteerId))).ErrorCode());
        (await world.StepAsync(Dispatch, id, world.Admin(world.Village))).Ok();
    }

    [Fact]
    public async Task An_order_a_level_cannot_serve_climbs_the_tree_until_the_root_where_it_stops()
    {
        var citizen = world.Citizen("citizen-escalate");
        var id = await world.PlaceAsync(citizen);

        var atTownship = (await world.StepAsync(Escalate, id, world.Admin(world.Village))).Ok().GetProperty("step");
        Assert.Equal(world.Township, atTownship.GetProperty("unit").GetProperty("id").GetString());

        var stationAgain = await world.StepAsync(Escalate, id, world.Admin(world.Village));
        Assert.Equal("FORBIDDEN", stationAgain.ErrorCode());
        (await world.StepAsync(Escalate, id, world.Admin(world.Township))).Ok();
        var before = await world.SnapshotAsync(id);
        var atRoot = await world.StepAsync(Escalate, id, world.Admin(world.County));
        Assert.Equal(ServiceOrderErrors.NoHigherLevel, atRoot.ErrorCode());
        Assert.Equal(before, await world.SnapshotAsync(id));

        var village = (await world.Host.PostAsync("query($id: ID!) { serviceOrder(id: $id) { unit { id } originUnit { id } } }", new { id }, world.Admin(world.Village)))
            .Ok().GetProperty("serviceOrder");
        Assert.Equal(world.County, village.GetProperty("unit").GetProperty("id").GetString());
        Assert.Equal(world.Village, village.GetProperty("originUnit").GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_citizen_cancels_before_acceptance_but_not_after_and_an_administrator_needs_a_reason()
    {
        var citizen = world.Citizen("citizen-cancel");
        var early = await world.PlaceAsync(citizen);
        var cancelled = await world.Host.PostAsync("mutation($id: ID!) { cancelServiceOrder(id: $id) { status } }", new { id = early }, citizen);
        Assert.Equal("CANCELLED", cancelled.Ok().GetProperty("cancelServiceOrder").GetProperty("status").GetString());

        var late = await world.PlaceAsync(citizen);
        (await world.StepAsync(Dispatch, late, world.Admin(world.Village))).Ok();
        (await world.StepAsync(Accept, late, world.Admin(world.Village))).Ok();
        var before = await world.SnapshotAsync(late);
        Assert.Equal("FORBIDDEN", (await world.StepAsync(Cancel, late, citizen)).ErrorCode());
        var withoutReason = await world.Host.PostAsync("mutation($id: ID!) { cancelServiceOrder(id: $id) { status } }", new { id = late }, world.Admin(world.Village));
        Assert.Equal(ServiceOrderErrors.ReasonRequired, withoutReason.ErrorCode());
        Assert.Equal(before, await world.SnapshotAsync(late));
        (await world.StepAsync(Cancel, late, world.Admin(world.Village))).Ok();
    }

    [Theory]
    [InlineData("rateCompletedServiceOrder(id: $id, rating: 6)", ServiceOrderErrors.InvalidRating)]
    [InlineData("rateCompletedServiceOrder(id: $id, rating: 0)", ServiceOrderErrors.InvalidRating)]
    [InlineData("rateCompletedServiceOrder(id: $id, rating: 3, comment: \"a\\u0000b\")", "INVALID_TEXT")]
    public async Task A_bad_rating_is_refused_and_changes_nothing(string call, string code)
    {
        var citizen = world.Citizen("citizen-bad-rating-" + code);
        var id = await world.PlaceAsync(citizen);
        (await world.StepAsync(Dispatch, id, world.Admin(world.Village))).Ok();
        (await world.StepAsync(Accept, id, world.Admin(world.Village))).Ok();
        (await world.StepAsync(Complete, id, world.Admin(world.Village))).Ok();
        var before = await world.SnapshotAsync(id);

        var response = await world.Host.PostAsync($"mutation($id: ID!) {{ {call} {{ status }} }}", new { id }, citizen);

        Assert.Equal(code, response.ErrorCode());
        Assert.Equal(before, await world.SnapshotAsync(id));
    }

    [Theory]
    [InlineData("dispatchServiceOrder(id: $id)")]
    [InlineData("dispatchServiceOrder(id: $id, teamId: \"00000000000000000000000000000001\", volunteerId: \"00000000000000000000000000000002\")")]
    [InlineData("dispatchServiceOrder(id: $id, teamId: \"not-an-id\")")]
    public async Task A_dispatch_names_exactly_one_well_formed_team_or_volunteer(string call)
    {
        var id = await world.PlaceAsync(world.Citizen("citizen-bad-dispatch"));
        var before = await world.SnapshotAsync(id);

        var response = await world.Host.PostAsync($"mutation($id: ID!) {{ {call} {{ status }} }}", new { id }, world.Admin(world.Village));

        Assert.Equal(ServiceOrderErrors.InvalidAssignee, response.ErrorCode());
        Assert.Equal(before, await world.SnapshotAsync(id));
    }
}
