namespace Platform.Activities.Domain;

/// <summary>What can be done to a placed order; each legal one is a row of <see cref="ServiceOrderTransitions"/>.</summary>
[GraphQLDescription("A step of the order workflow.")]
public enum ServiceOrderAction
{
    [GraphQLDescription("A citizen orders (群众点单); the first history entry, from no state.")]
    Place,

    [GraphQLDescription("The unit dispatches the order to a team or a volunteer (中心派单).")]
    Dispatch,

    [GraphQLDescription("The unit opens the order for teams and volunteers to grab.")]
    OpenForGrabs,

    [GraphQLDescription("The unit dispatches a dispatched or open order to another team or volunteer.")]
    Redispatch,

    [GraphQLDescription("The assignee accepts, or a volunteer or team grabs an open order (接单).")]
    Accept,

    [GraphQLDescription("The assignee declines with a reason; the order goes back to the unit to dispatch.")]
    Reject,

    [GraphQLDescription("The unit cannot serve the order and passes it to the level above (seed 001 §二.三).")]
    Escalate,

    [GraphQLDescription("The service was done.")]
    Complete,

    [GraphQLDescription("The citizen rates the service 1–5 with a comment (群众评单).")]
    Rate,

    [GraphQLDescription("An administrator records the government's reward (政府奖单, Shandong).")]
    Reward,

    [GraphQLDescription("The citizen withdraws the order before acceptance, or an administrator cancels it with a reason.")]
    Cancel,
}
