namespace Platform.Activities.Domain;

/// <summary>Where a citizen's order stands in the five-step flow (点单 → 派单 → 接单 → 评单 → 奖单, seed 003 §五.2).</summary>
[GraphQLDescription("Where a citizen's service order stands (群众点单 → 中心派单 → 接单 → 群众评单 → 政府奖单).")]
public enum ServiceOrderStatus
{
    [GraphQLDescription("Ordered by a citizen (or back from a rejection or an escalation): waiting for the unit to dispatch it.")]
    Ordered,

    [GraphQLDescription("Dispatched to a team or a volunteer, waiting for them to accept.")]
    Dispatched,

    [GraphQLDescription("Opened for any team or volunteer to grab.")]
    Open,

    [GraphQLDescription("Accepted by the team or volunteer who serves it (接单).")]
    Accepted,

    [GraphQLDescription("Served; waiting for the citizen's rating.")]
    Completed,

    [GraphQLDescription("Rated by the citizen (评单).")]
    Rated,

    [GraphQLDescription("Rewarded by the government (政府奖单, Shandong): the end of the flow.")]
    Rewarded,

    [GraphQLDescription("Cancelled by the citizen before acceptance or by an administrator.")]
    Cancelled,
}
