using Platform.Activities.Domain;
using static Platform.Activities.Domain.ServiceOrderAction;
using static Platform.Activities.Domain.ServiceOrderStatus;

namespace Platform.Activities.Tests;

/// <summary>
/// Every state × every step: each pair in the transition table succeeds, lands in the table's state and records one
/// history entry; each pair not in it is refused with ORDER_TRANSITION_NOT_ALLOWED and leaves the row and the history as
/// they were. Administrator steps are taken by the county's admin (the order is placed at a village below it) acting
/// for a team; the rating by the citizen who ordered.
/// </summary>
public sealed class ServiceOrderTransitionTests(UnitTreeWorld world) : IClassFixture<UnitTreeWorld>
{
    /// <summary>How an order gets into each state, from placing.</summary>
    internal static readonly Dictionary<ServiceOrderStatus, ServiceOrderAction[]> PathTo = new()
    {
        [Ordered] = [],
        [Dispatched] = [Dispatch],
        [Open] = [OpenForGrabs],
        [Accepted] = [Dispatch, Accept],
        [Completed] = [Dispatch, Accept, Complete],
        [Rated] = [Dispatch, Accept, Complete, Rate],
        [Rewarded] = [Dispatch, Accept, Complete, Rate, Reward],
        [Cancelled] = [Cancel],
    };

    public static TheoryData<ServiceOrderStatus, ServiceOrderAction> EveryStateAndStep()
    {
        var data = new TheoryData<ServiceOrderStatus, ServiceOrderAction>();
        foreach (var state in Enum.GetValues<ServiceOrderStatus>())
        {
            foreach (var action in Enum.GetValues<ServiceOrderAction>().Where(a => a != Place))
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    [Fact]
    public void Every_state_has_a_path_and_every_rule_of_the_table_is_among_the_cases()
    {
        Assert.Equal(Enum.GetValues<ServiceOrderStatus>().Order(), PathTo.Keys.Order());
        var cases = EveryStateAndStep().Select(row => ((ServiceOrderStatus)row[0], (ServiceOrderAction)row[1])).ToHashSet();
        Assert.All(ServiceOrderTransitions.All, rule => Assert.Contains((rule.From, rule.Action), cases));
        Assert.Equal(Enum.GetValues<ServiceOrderStatus>().Length * (Enum.GetValues<ServiceOrderAction>().Length - 1), cases.Count);
    }

    [Fact]
    public async Task The_graph_serves_the_same_table_clients_can_draw_the_flow_from()
    {
        var served = (await world.Host.PostAsync("{ serviceOrderTransitions { from action to actors } }")).Ok().GetProperty("serviceOrderTransitions");

        Assert.Equal(
            ServiceOrderTransitions.All.Select(rule => $"{ToGraphQL(rule.From.ToString())} {ToGraphQL(rule.Action.ToString())} {ToGraphQL(rule.To.ToString())} {string.Join(",", rule.Actors.Select(a => ToGraphQL(a.ToString())))}"),
            served.EnumerateArray().Select(row => $"{row.GetProperty("from").GetString()} {row.GetProperty("action").GetString()} {row.GetProperty("to").GetString()} {string.Join(",", row.GetProperty("actors").EnumerateArray().Select(a => a.GetString()))}"));
    }

    [Theory]
    [MemberData(nameof(EveryStateAndStep))]
    public async Task A_step_is_taken_exactly_when_the_table_allows_it(ServiceOrderStatus state, ServiceOrderAction action)
    {
        var citizen = world.Citizen("citizen-" + Guid.NewGuid().ToString("N"));
        var admin = world.Admin(world.County);
        var id = await world.PlaceAsync(citizen);
        foreach (var step in PathTo[state])
        {
            (await world.StepAsync(step, id, step == Rate ? citizen : admin, TeamFor(step))).Ok();
        }

        var before = await world.SnapshotAsync(id);
        var historyBefore = await world.HistoryAsync(id);
        Assert.Equal(state.ToString(), historyBefore[^1].To.ToString());

        var response = await world.StepAsync(action, id, action == Rate ? citizen : admin, TeamFor(action));

        var rule = ServiceOrderTransitions.Find(state, action);
        if (rule is null)
        {
            Assert.Equal(ServiceOrderErrors.TransitionNotAllowed, response.ErrorCode());
            Assert.Contains(state.ToString(), response.ErrorMessage());
            Assert.Equal(before, await world.SnapshotAsync(id));
            return;
        }

        var order = response.Ok().GetProperty("step");
        Assert.Equal(ToGraphQL(rule.To.ToString()), order.GetProperty("status").GetString());
        Assert.Equal(historyBefore.Count + 1, order.GetProperty("version").GetInt32());
        var history = await world.HistoryAsync(id);
        Assert.Equal(historyBefore.Count + 1, history.Count);
        var entry = history[^1];
        Assert.Equal((action, state, rule.To), (entry.Action, entry.From!.Value, entry.To));
        Assert.Contains(entry.Actor, rule.Actors);
        Assert.Equal(action == Rate ? "citizen" : "unit-admin", entry.Role);
        Assert.Equal(history.Count, entry.Sequence);
        var graphHistory = order.GetProperty("history");
        Assert.Equal(history.Count, graphHistory.GetArrayLength());
        Assert.Equal(ToGraphQL(action.ToString()), graphHistory[history.Count - 1].GetProperty("action").GetString());
        var expectedUnit = action == Escalate ? world.Township : world.Village;
        Assert.Equal(expectedUnit, order.GetProperty("unit").GetProperty("id").GetString());
        Assert.Equal(world.Village, order.GetProperty("originUnit").GetProperty("id").GetString());
    }

    /// <summary>An administrator grabbing an open order names the team it is for.</summary>
    private string? TeamFor(ServiceOrderAction action) => action == Accept ? world.TeamId : null;

    /// <summary>"OpenForGrabs" → "OPEN_FOR_GRABS", the engine's enum value names.</summary>
    private static string ToGraphQL(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
