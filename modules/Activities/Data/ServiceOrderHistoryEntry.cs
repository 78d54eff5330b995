using Platform.Activities.Domain;

namespace Platform.Activities.Data;

/// <summary>One step taken on an order: what, from which state to which, by whom in which capacity, when, and why.</summary>
[GraphQLDescription("One recorded step of a service order.")]
public sealed class ServiceOrderHistoryEntry
{
    [GraphQLIgnore]
    public long Id { get; init; }

    [GraphQLIgnore]
    public required string OrderId { get; init; }

    [GraphQLDescription("The order's version after this step: 1 for placing, then one more per step.")]
    public int Sequence { get; init; }

    public ServiceOrderAction Action { get; init; }

    [GraphQLDescription("The state before; null for placing.")]
    public ServiceOrderStatus? From { get; init; }

    public ServiceOrderStatus To { get; init; }

    [GraphQLDescription("The token subject of who took the step.")]
    public required string ActorSubject { get; init; }

    [GraphQLDescription("The capacity they acted in.")]
    public ServiceOrderActor Actor { get; init; }

    [GraphQLDescription("The role of their token (citizen, volunteer, unit-admin, …).")]
    public required string Role { get; init; }

    public DateTimeOffset At { get; init; }

    [GraphQLDescription("Why (rejecting, escalating, cancelling, redispatching, rewarding), when given.")]
    public string? Reason { get; init; }

    [GraphQLIgnore]
    public required string UnitId { get; init; }
}
