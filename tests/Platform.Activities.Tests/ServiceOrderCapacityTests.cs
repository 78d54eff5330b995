using Platform.Activities.Domain;
using static Platform.Activities.Domain.ServiceOrderAction;
using static Platform.Activities.Domain.ServiceOrderStatus;

namespace Platform.Activities.Tests;

/// <summary>
/// Who may take each legal step: for every row of the transition table, someone who sees the order but holds none of
/// the row's capacities is refused with FORBIDDEN and changes nothing.
/// </summary>
public sealed class ServiceOrderCapacityTests(UnitTreeWorld world) : IClassFixture<UnitTreeWorld>
{
    public static TheoryData<ServiceOrderStatus, ServiceOrderAction> EveryRule()
    {
        var data = new TheoryData<ServiceOrderStatus, ServiceOrderAction>();
        foreach (var rule in ServiceOrderTransitions.All)
        {
            data.Add(rule.From, rule.Action);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRule))]
    public async Task A_caller_without_the_rows_capacity_is_refused_and_nothing_changes(ServiceOrderStatus state, ServiceOrderAction action)
    {
        var rule = ServiceOrderTransitions.Find(state, action)!;
        var citizen = world.Citizen("citizen-" + Guid.NewGuid().ToString("N"));
        var admin = world.Admin(world.Village);
        var volunteerId = EntityIds.New();
        var id = await world.PlaceAsync(citizen);
        foreach (var step in ServiceOrderTransitionTests.PathTo[state])
        {
            var dispatchToVolunteer = step == Dispatch && state == Dispatched;
            (await world.StepAsync(step, id, step == Rate ? citizen : admin, teamId: step == Accept ? world.TeamId : null,
                volunteerId: dispatchToVolunteer ? volunteerId : null)).Ok();
        }

        // Someone who sees the order in this state but is none of the row's actors.
        var outsider = !rule.Actors.Contains(ServiceOrderActor.Citizen) ? citizen
            : !rule.Actors.Contains(ServiceOrderActor.Administrator) ? admin
            : state is Dispatched or Open ? world.VolunteerToken(volunteerId)
            : null;
        var before = await world.SnapshotAsync(id);

        if (outsider is null)
        {
            // Only the citizen and the unit's administrators see an order nobody has yet: a stranger is told it does not exist.
            Assert.Equal(ServiceOrderErrors.NotFound, (await world.StepAsync(action, id, world.VolunteerToken(EntityIds.New()))).ErrorCode());
        }
        else
        {
            Assert.Equal("FORBIDDEN", (await world.StepAsync(action, id, outsider, teamId: action == Accept ? world.TeamId : null)).ErrorCode());
        }

        Assert.Equal(before, await world.SnapshotAsync(id));
    }
}
