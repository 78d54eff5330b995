using System.Security.Claims;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;

namespace Platform.Activities.GraphQL;

/// <summary>
/// Who sees and changes an activity. Administrators of the organizing unit's scope (<see cref="UnitScope"/>) see and
/// change everything; drafts are theirs alone. Published internal activities are for signed-in users; published public
/// ones for anyone.
/// </summary>
internal static class ActivityAccess
{
    public static async Task<bool> MaySeeAsync(Activity activity, ClaimsPrincipal? user, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        if (activity.Status != ActivityStatus.Draft && (activity.IsPublic || user?.Identity?.IsAuthenticated == true))
        {
            return true;
        }

        return await UnitScope.AdministersAsync(user, activity.OrganizingUnitId, hierarchy, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists outside an admin's view leave drafts out, and internal activities for anonymous callers.</summary>
    public static IQueryable<Activity> Listed(IQueryable<Activity> activities, ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
            ? activities.Where(a => a.Status != ActivityStatus.Draft)
            : activities.Where(a => a.Status != ActivityStatus.Draft && a.IsPublic);

    /// <summary>The volunteer a signed-in volunteer's token acts for.</summary>
    public static string EnsureVolunteer(ClaimsPrincipal? user, string action)
    {
        UnitScope.EnsureSignedIn(user, action);
        return user!.IsInRole(PlatformRoles.Volunteer) && user.VolunteerId() is { Length: > 0 } volunteer
            ? volunteer
            : throw ActivityErrors.Create(ActivityErrors.Forbidden, $"Only a volunteer signed in as themself may {action}.");
    }
}
