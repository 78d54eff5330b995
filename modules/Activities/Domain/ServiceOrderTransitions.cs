using static Platform.Activities.Domain.ServiceOrderActor;
using static Platform.Activities.Domain.ServiceOrderAction;
using static Platform.Activities.Domain.ServiceOrderStatus;

namespace Platform.Activities.Domain;

/// <summary>One legal step: in state <paramref name="From"/>, <paramref name="Action"/> leads to <paramref name="To"/>, taken by one of <paramref name="Actors"/>.</summary>
public sealed record ServiceOrderTransitionRule(ServiceOrderStatus From, ServiceOrderAction Action, ServiceOrderStatus To, IReadOnlyList<ServiceOrderActor> Actors);

/// <summary>
/// The order workflow as a table (seed 001 §二.三, seed 002 §五.二.3, seed 003 §五.2): every legal (state, action) pair,
/// where it leads and who may take it. A pair not in the table is refused with
/// <see cref="ServiceOrderErrors.TransitionNotAllowed"/>. Placing an order is the entry into <see cref="Ordered"/>
/// and is not a row: it starts from no state.
/// </summary>
public static class ServiceOrderTransitions
{
    public static IReadOnlyList<ServiceOrderTransitionRule> All { get; } =
    [
        new(Ordered, Dispatch, Dispatched, [Administrator]),
        new(Ordered, OpenForGrabs, Open, [Administrator]),
        new(Ordered, Escalate, Ordered, [Administrator]),
        new(Ordered, Cancel, Cancelled, [Citizen, Administrator]),

        new(Dispatched, Redispatch, Dispatched, [Administrator]),
        new(Dispatched, Accept, Accepted, [Assignee]),
        new(Dispatched, Reject, Ordered, [Assignee]),
        new(Dispatched, Cancel, Cancelled, [Citizen, Administrator]),

        new(Open, Redispatch, Dispatched, [Administrator]),
        new(Open, Accept, Accepted, [Volunteer, Administrator]),
        new(Open, Escalate, Ordered, [Administrator]),
        new(Open, Cancel, Cancelled, [Citizen, Administrator]),

        new(Accepted, Complete, Completed, [Assignee, Administrator]),
        new(Accepted, Cancel, Cancelled, [Administrator]),

        new(Completed, Rate, Rated, [Citizen]),
        new(Rated, Reward, Rewarded, [Administrator]),
    ];

    private static readonly Dictionary<(ServiceOrderStatus, ServiceOrderAction), ServiceOrderTransitionRule> ByStep =
        All.ToDictionary(rule => (rule.From, rule.Action));

    /// <summary>The rule for taking <paramref name="action"/> in state <paramref name="from"/>, or null when it is not allowed.</summary>
    public static ServiceOrderTransitionRule? Find(ServiceOrderStatus from, ServiceOrderAction action) =>
        ByStep.GetValueOrDefault((from, action));

    /// <summary>The actions allowed in <paramref name="state"/>, in table order (for error messages and clients).</summary>
    public static IReadOnlyList<ServiceOrderAction> AllowedIn(ServiceOrderStatus state) =>
        [.. All.Where(rule => rule.From == state).Select(rule => rule.Action)];
}
