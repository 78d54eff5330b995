using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>A row of the workflow's transition table, for clients that draw the flow or enable buttons.</summary>
[GraphQLDescription("A legal step of the order workflow: from a state, an action leads to a state, taken by one of the actors.")]
public sealed record ServiceOrderTransitionInfo(ServiceOrderStatus From, ServiceOrderAction Action, ServiceOrderStatus To, IReadOnlyList<ServiceOrderActor> Actors)
{
    public static IReadOnlyList<ServiceOrderTransitionInfo> All { get; } =
        [.. ServiceOrderTransitions.All.Select(rule => new ServiceOrderTransitionInfo(rule.From, rule.Action, rule.To, rule.Actors))];
}
