using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Hierarchy;

namespace Platform.Activities.GraphQL;

/// <summary>What is derived from an activity: the entities it names, and the organizer-only check-in code and sign-ups.</summary>
[ExtendObjectType(typeof(Activity))]
public sealed class ActivityFields
{
    /// <summary>Federation: other subgraphs reference activities by id; the caller sees what <c>activity(id:)</c> would show.</summary>
    public static Task<Activity?> ResolveReference(
        [ID] string id, ClaimsPrincipal? user, ActivityByIdLoader activities, IUnitHierarchy hierarchy, CancellationToken cancellationToken) =>
        EntityIds.IsWellFormed(id) ? ActivityLookup.VisibleAsync(id, user, activities, hierarchy, cancellationToken) : Task.FromResult<Activity?>(null);

    [GraphQLDescription("The unit that organizes the activity and records its volunteers' service (谁组织谁记录).")]
    public ActivityOrgUnitRef GetOrganizingUnit([Parent] Activity activity) => new(activity.OrganizingUnitId);

    public ActivityVenueRef? GetVenue([Parent] Activity activity) => activity.VenueId is { } venue ? new(venue) : null;

    [GraphQLDescription("The volunteer teams serving in the activity.")]
    public IReadOnlyList<ActivityTeamRef> GetTeams([Parent] Activity activity) => [.. activity.TeamIds.Select(team => new ActivityTeamRef(team))];

    [GraphQLDescription("The code volunteers enter to check in and out; only the organizing unit's administrators see it.")]
    public async Task<string?> GetCheckInCodeAsync([Parent] Activity activity, ClaimsPrincipal? user, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        await UnitScope.EnsureAdministersAsync(user, activity.OrganizingUnitId, "see check-in codes", hierarchy, cancellationToken).ConfigureAwait(false);
        return activity.CheckInCode;
    }

    [GraphQLDescription("Who signed up, checked in and out, and what recording their service gave; only the organizing unit's administrators see it.")]
    public async Task<IReadOnlyList<ActivitySignUp>?> GetSignUpsAsync(
        [Parent] Activity activity, ClaimsPrincipal? user, IUnitHierarchy hierarchy, ActivitiesContexts contexts, CancellationToken cancellationToken, bool includeCancelled = false)
    {
        await UnitScope.EnsureAdministersAsync(user, activity.OrganizingUnitId, "see who signed up", hierarchy, cancellationToken).ConfigureAwait(false);
        await using var db = contexts.Create();
        var signUps = db.Set<ActivitySignUp>().Where(s => s.ActivityId == activity.Id);
        if (!includeCancelled)
        {
            signUps = signUps.Where(s => s.CancelledAt == null);
        }

        return await signUps.OrderBy(s => s.SignedUpAt).ThenBy(s => s.VolunteerId).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("The calling volunteer's own sign-up, or null.")]
    public async Task<ActivitySignUp?> GetMySignUpAsync([Parent] Activity activity, ClaimsPrincipal? user, ActivitiesContexts contexts, CancellationToken cancellationToken)
    {
        if (user?.Identity?.IsAuthenticated != true || Platform.Hosting.Security.PlatformClaims.VolunteerId(user) is not { } volunteer)
        {
            return null;
        }

        await using var db = contexts.Create();
        return await db.Set<ActivitySignUp>().SingleOrDefaultAsync(s => s.ActivityId == activity.Id && s.VolunteerId == volunteer, cancellationToken).ConfigureAwait(false);
    }
}
