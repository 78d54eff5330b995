using System.Security.Claims;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Hierarchy;

namespace Platform.Activities.GraphQL;

/// <summary>Reading one activity.</summary>
[ExtendObjectType("Query")]
public sealed class ActivityQueries
{
    [GraphQLDescription("The activity with this id, or null when there is none or the caller may not see it (drafts: the organizer's admins; internal: signed-in users).")]
    public async Task<Activity?> GetActivityAsync(
        [ID] string id, ClaimsPrincipal? user, ActivityByIdLoader activities, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        ActivityErrors.EnsureId(id, "an activity");
        return await ActivityLookup.VisibleAsync(id, user, activities, hierarchy, cancellationToken).ConfigureAwait(false);
    }
}
