using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Hierarchy;

namespace Platform.Activities.GraphQL;

/// <summary>
/// Creating, describing and moving activities through their statuses, by administrators of the organizing unit's
/// scope. Each checks the caller, the ids, the scope, then the rules; a refusal is a GraphQL error with a code and
/// nothing is saved.
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class ActivityMutations
{
    [GraphQLDescription("Creates a draft activity organized by a unit (the unit, venue and teams are other modules'; their ids are not checked there).")]
    public async Task<Activity> CreateActivityAsync(
        [ID] string unitId, ActivityDetailsInput input, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy,
        ActivityRegionCapture regions, TimeProvider clock, CancellationToken cancellationToken)
    {
        UnitScope.EnsureSignedIn(user, "create activities");
        ActivityErrors.EnsureId(unitId, "a unit");
        await UnitScope.EnsureAdministersAsync(user, unitId, "create activities", hierarchy, cancellationToken).ConfigureAwait(false);
        var now = ActivityClock.Now(clock);
        var activity = new Activity
        {
            Id = EntityIds.New(),
            OrganizingUnitId = unitId,
            Title = "",
            CheckInCode = ActivityAttendance.NewCode(),
            Status = ActivityStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Describe(activity, input, db);
        activity.Regions = await regions.CaptureAsync(activity.Id, unitId, cancellationToken).ConfigureAwait(false);
        db.Add(activity);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return activity;
    }

    [GraphQLDescription("Replaces an activity's details (drafts and published activities; public or internal is fixed once published).")]
    public async Task<Activity> UpdateActivityAsync(
        [ID] string id, ActivityDetailsInput input, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken)
    {
        var activity = await ActivityLookup.FindForOrganizerAsync(db, id, user, hierarchy, "change activities", cancellationToken).ConfigureAwait(false);
        ActivityTransitions.EnsureEditable(activity.Status);
        if (activity.PublishedAt is not null && input.IsPublic != activity.IsPublic)
        {
            throw ActivityErrors.Create(ActivityRules.VisibilityLocked, "Once published, an activity stays public or internal (media platforms may already hold it).");
        }

        if (input.Capacity is { } capacity && capacity < activity.SignUpCount)
        {
            throw ActivityErrors.Create(ActivityRules.InvalidCapacity, $"{activity.SignUpCount} volunteers have signed up; the capacity cannot be lower.");
        }

        Describe(activity, input, db);
        activity.UpdatedAt = ActivityClock.Now(clock);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return activity;
    }

    [GraphQLDescription("Publishes a draft: volunteers may sign up, and a public activity enters the media feed.")]
    public async Task<Activity> PublishActivityAsync(
        [ID] string id, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, ActivityPublications publications, CancellationToken cancellationToken)
    {
        var activity = await MoveAsync(db, id, ActivityStatus.Published, user, hierarchy, clock, "publish activities", cancellationToken).ConfigureAwait(false);
        if (activity.IsPublic)
        {
            var regions = await db.Set<ActivityRegion>().Where(r => r.ActivityId == id).Select(r => r.UnitId).ToListAsync(cancellationToken).ConfigureAwait(false);
            publications.Publish(new ActivityPublication(PublicActivity.Of(activity), regions.ToHashSet(StringComparer.Ordinal)));
        }

        return activity;
    }

    [GraphQLDescription("Marks a published activity held (once it has started); its attended volunteers' service can then be recorded.")]
    public async Task<Activity> CompleteActivityAsync(
        [ID] string id, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken) =>
        await MoveAsync(db, id, ActivityStatus.Completed, user, hierarchy, clock, "complete activities", cancellationToken).ConfigureAwait(false);

    [GraphQLDescription("Calls off a draft or published activity.")]
    public async Task<Activity> CancelActivityAsync(
        [ID] string id, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken) =>
        await MoveAsync(db, id, ActivityStatus.Cancelled, user, hierarchy, clock, "cancel activities", cancellationToken).ConfigureAwait(false);

    [GraphQLDescription("Replaces the activity's check-in code (say, when it leaked); the old one stops working at once.")]
    public async Task<Activity> RotateActivityCheckInCodeAsync(
        [ID] string id, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        var activity = await ActivityLookup.FindForOrganizerAsync(db, id, user, hierarchy, "rotate check-in codes", cancellationToken).ConfigureAwait(false);
        ActivityTransitions.EnsureEditable(activity.Status);
        string code;
        do
        {
            code = ActivityAttendance.NewCode();
        }
        while (code == activity.CheckInCode);

        activity.CheckInCode = code;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return activity;
    }

    private static async Task<Activity> MoveAsync(
        ActivitiesDbContext db, string id, ActivityStatus to, ClaimsPrincipal? user, IUnitHierarchy hierarchy, TimeProvider clock, string action, CancellationToken cancellationToken)
    {
        var activity = await ActivityLookup.FindForOrganizerAsync(db, id, user, hierarchy, action, cancellationToken).ConfigureAwait(false);
        ActivityTransitions.Ensure(activity.Status, to);
        var now = ActivityClock.Now(clock);
        if (to == ActivityStatus.Completed && now < activity.StartsAt)
        {
            throw ActivityErrors.Create(ActivityRules.NotStarted, "An activity can be completed only once it has started.");
        }

        activity.Status = to;
        activity.UpdatedAt = now;
        if (to == ActivityStatus.Published)
        {
            activity.PublishedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return activity;
    }

    /// <summary>Validates every field before setting any, so a refused input leaves the activity as it was.</summary>
    private static void Describe(Activity activity, ActivityDetailsInput input, ActivitiesDbContext db)
    {
        var title = ActivityRules.Title(input.Title);
        var description = ActivityRules.Description(input.Description);
        var (start, end) = ActivityRules.Times(input.StartsAt, input.EndsAt);
        var pictures = ActivityRules.Pictures(input.PictureUrls);
        var capacity = ActivityRules.Capacity(input.Capacity);
        var teams = ActivityRules.Teams(input.TeamIds);
        if (input.VenueId is { } venue)
        {
            ActivityErrors.EnsureId(venue, "a venue");
        }

        activity.Title = title;
        activity.Description = description;
        activity.Content = input.Content;
        activity.ServiceKind = input.ServiceKind;
        activity.StartsAt = start;
        activity.EndsAt = end;
        activity.IsPublic = input.IsPublic;
        activity.PictureUrls = pictures;
        activity.Capacity = capacity;
        activity.VenueId = input.VenueId;
        ReplaceTeams(activity, teams, db);
    }

    private static void ReplaceTeams(Activity activity, List<string> teams, ActivitiesDbContext db)
    {
        var links = db.Set<ActivityTeamLink>();
        foreach (var removed in activity.TeamIds.Except(teams))
        {
            links.Remove(new ActivityTeamLink { ActivityId = activity.Id, TeamId = removed });
        }

        foreach (var added in teams.Except(activity.TeamIds))
        {
            links.Add(new ActivityTeamLink { ActivityId = activity.Id, TeamId = added });
        }

        activity.TeamIds = teams;
    }
}
