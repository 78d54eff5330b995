using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Hierarchy;

namespace Platform.Activities.GraphQL;

/// <summary>Finding the activity a query or mutation names, and checking the caller may see or change it.</summary>
internal static class ActivityLookup
{
    public static async Task<Activity?> VisibleAsync(
        string id, ClaimsPrincipal? user, ActivityByIdLoader activities, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        var activity = await activities.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        return activity is not null && await ActivityAccess.MaySeeAsync(activity, user, hierarchy, cancellationToken).ConfigureAwait(false)
            ? activity
            : null;
    }

    /// <summary>
    /// The tracked activity an administrator of its organizing unit acts on. Errors in the order unauthenticated, not an
    /// administrator, malformed id, unknown, out of scope, so callers who may change nothing learn nothing about ids.
    /// </summary>
    public static async Task<Activity> FindForOrganizerAsync(
        ActivitiesDbContext db, string id, ClaimsPrincipal? user, IUnitHierarchy hierarchy, string action, CancellationToken cancellationToken)
    {
        UnitScope.EnsureSignedIn(user, action);
        if (!UnitScope.IsAdministrator(user))
        {
            throw ActivityErrors.Create(ActivityErrors.Forbidden, $"Only administrators may {action}.");
        }

        var activity = await FindAsync(db, id, cancellationToken).ConfigureAwait(false);
        await UnitScope.EnsureAdministersAsync(user, activity.OrganizingUnitId, action, hierarchy, cancellationToken).ConfigureAwait(false);
        return activity;
    }

    /// <summary>The tracked activity with this id; drafts are reported as unknown to whoever is not their organizer.</summary>
    public static async Task<Activity> FindAsync(ActivitiesDbContext db, string id, CancellationToken cancellationToken)
    {
        ActivityErrors.EnsureId(id, "an activity");
        return await db.Set<Activity>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw NotFound(id);
    }

    public static GraphQLError NotFound(string id) => ActivityErrors.Create(ActivityRules.ActivityNotFound, $"No activity has the id \"{id}\".");
}
