namespace Platform.Activities.Domain;

/// <summary>In which capacity someone acts on an order; the transition table says which capacities may take each step.</summary>
[GraphQLDescription("In which capacity someone acted on a service order.")]
public enum ServiceOrderActor
{
    [GraphQLDescription("The citizen who placed the order (their token's subject).")]
    Citizen,

    [GraphQLDescription("An administrator whose scope covers the unit the order is with.")]
    Administrator,

    [GraphQLDescription("The volunteer the order is dispatched to, or for a team an administrator of the order's unit acting for it.")]
    Assignee,

    [GraphQLDescription("Any volunteer grabbing an open order for themself.")]
    Volunteer,
}
