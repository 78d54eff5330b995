using System.Security.Claims;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;

namespace Platform.Activities.GraphQL;

/// <summary>
/// The activities a volunteer signed up for: whom a volunteer serves with is personal, so the volunteer sees all of
/// theirs and an administrator only those their scope organizes; anyone else sees none.
/// </summary>
[ExtendObjectType(typeof(ActivityVolunteerRef))]
public sealed class ActivityVolunteerFields
{
    /// <summary>Federation: any well-formed volunteer id resolves; whether the volunteer exists is the Volunteers module's to say.</summary>
    public static ActivityVolunteerRef? ResolveReference([ID] string id) => EntityIds.IsWellFormed(id) ? new(id) : null;

    [GraphQLDescription("Activities the volunteer signed up for, newest first: for the volunteer themself, and for administrators those their units organize.")]
    public async Task<IReadOnlyList<Activity>> GetActivitiesAsync(
        [Parent] ActivityVolunteerRef volunteer, ClaimsPrincipal? user, ActivitiesByVolunteerLoader activities, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        UnitScope.EnsureSignedIn(user, "see a volunteer's activities");
        var all = await activities.LoadAsync(volunteer.Id, cancellationToken).ConfigureAwait(false);
        if (user!.IsInRole(PlatformRoles.Volunteer) && user.VolunteerId() == volunteer.Id)
        {
            return all;
        }

        var administered = new Dictionary<string, bool>(StringComparer.Ordinal);
        var visible = new List<Activity>();
        foreach (var activity in all)
        {
            if (!administered.TryGetValue(activity.OrganizingUnitId, out var may))
            {
                may = await UnitScope.AdministersAsync(user, activity.OrganizingUnitId, hierarchy, cancellationToken).ConfigureAwait(false);
                administered[activity.OrganizingUnitId] = may;
            }

            if (may)
            {
                visible.Add(activity);
            }
        }

        return visible;
    }
}
