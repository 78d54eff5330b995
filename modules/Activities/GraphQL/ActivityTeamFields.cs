using System.Security.Claims;
using Platform.Activities.Data;
using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>The activities a team serves in, all teams of a request loaded in one query.</summary>
[ExtendObjectType(typeof(ActivityTeamRef))]
public sealed class ActivityTeamFields
{
    /// <summary>Federation: any well-formed team id resolves; whether the team exists is the Volunteers module's to say.</summary>
    public static ActivityTeamRef? ResolveReference([ID] string id) => EntityIds.IsWellFormed(id) ? new(id) : null;

    [GraphQLDescription("Activities the team serves in, newest first (no drafts; internal ones only for signed-in callers).")]
    public async Task<IReadOnlyList<Activity>> GetActivitiesAsync(
        [Parent] ActivityTeamRef team, ClaimsPrincipal? user, ActivitiesByTeamLoader activities, CancellationToken cancellationToken)
    {
        var all = await activities.LoadAsync(team.Id, cancellationToken).ConfigureAwait(false);
        return user?.Identity?.IsAuthenticated == true ? all : [.. all.Where(activity => activity.IsPublic)];
    }
}
