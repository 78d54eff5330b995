namespace Platform.Activities.Domain;

/// <summary>Who an order is dispatched to: a team or a single volunteer of the Volunteers module (by key).</summary>
[GraphQLDescription("Whether a service order is with a team or a volunteer.")]
public enum ServiceOrderAssigneeKind
{
    Team,
    Volunteer,
}
