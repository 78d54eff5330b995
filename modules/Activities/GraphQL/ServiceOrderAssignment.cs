using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>Reads "to a team or to a volunteer" from a mutation's two optional ids: exactly one must be given.</summary>
internal static class ServiceOrderAssignment
{
    public static (ServiceOrderAssigneeKind Kind, string Id) Of(string? teamId, string? volunteerId)
    {
        if ((teamId is null) == (volunteerId is null))
        {
            throw ActivityErrors.Create(ServiceOrderErrors.InvalidAssignee, "Give exactly one of teamId and volunteerId.");
        }

        var (kind, id) = teamId is not null ? (ServiceOrderAssigneeKind.Team, teamId) : (ServiceOrderAssigneeKind.Volunteer, volunteerId!);
        if (!EntityIds.IsWellFormed(id))
        {
            throw ActivityErrors.Create(ServiceOrderErrors.InvalidAssignee, $"\"{id}\" is not a {kind.ToString().ToLowerInvariant()} id (expected {EntityIds.Length} lowercase hexadecimal digits).");
        }

        return (kind, id);
    }
}
