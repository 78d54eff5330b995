using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>
/// Volunteers signing up for published activities (up to the capacity), cancelling, and checking in and out with the
/// code the organizer shows. Each acts for the volunteer in the caller's token only.
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class ActivitySignUpMutations
{
    public const string ActivityFull = "ACTIVITY_FULL";
    public const string SignUpClosed = "SIGN_UP_CLOSED";
    public const string AlreadySignedUp = "ALREADY_SIGNED_UP";

    [GraphQLDescription("Signs the calling volunteer up for a published activity that has not ended and is not full.")]
    public async Task<ActivitySignUp> SignUpForActivityAsync(
        [ID] string activityId, ClaimsPrincipal? user, ActivitiesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var volunteer = ActivityAccess.EnsureVolunteer(user, "sign up for activities");
        var activity = await FindPublishedAsync(db, activityId, cancellationToken).ConfigureAwait(false);
        var now = ActivityClock.Now(clock);
        if (now >= activity.EndsAt)
        {
            throw ActivityErrors.Create(SignUpClosed, "The activity has ended; sign-up is closed.");
        }

        var signUp = await db.Set<ActivitySignUp>().SingleOrDefaultAsync(s => s.ActivityId == activityId && s.VolunteerId == volunteer, cancellationToken).ConfigureAwait(false);
        if (signUp is { IsActive: true })
        {
            throw ActivityErrors.Create(AlreadySignedUp, "You have already signed up for this activity.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // One conditional update takes a place, so concurrent sign-ups never exceed the capacity.
        var taken = await db.Set<Activity>()
            .Where(a => a.Id == activityId && (a.Capacity == null || a.SignUpCount < a.Capacity))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.SignUpCount, a => a.SignUpCount + 1), cancellationToken).ConfigureAwait(false);
        if (taken == 0)
        {
            throw ActivityErrors.Create(ActivityFull, $"The activity is full ({activity.Capacity} volunteers).");
        }

        if (signUp is null)
        {
            signUp = new ActivitySignUp { ActivityId = activityId, VolunteerId = volunteer, SignedUpAt = now };
            db.Add(signUp);
        }
        else
        {
            signUp.SignedUpAt = now;
            signUp.CancelledAt = null;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // A concurrent sign-up of the same volunteer saved first (primary key activity + volunteer).
            throw ActivityErrors.Create(AlreadySignedUp, "You have already signed up for this activity.");
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return signUp;
    }

    [GraphQLDescription("Cancels the calling volunteer's sign-up (before they check in).")]
    public async Task<ActivitySignUp> CancelActivitySignUpAsync(
        [ID] string activityId, ClaimsPrincipal? user, ActivitiesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var volunteer = ActivityAccess.EnsureVolunteer(user, "cancel a sign-up");
        await FindPublishedAsync(db, activityId, cancellationToken).ConfigureAwait(false);
        var signUp = await FindSignUpAsync(db, activityId, volunteer, cancellationToken).ConfigureAwait(false);
        if (signUp.CheckedInAt is not null)
        {
            throw ActivityErrors.Create(ActivityAttendance.AlreadyCheckedIn, "You have checked in; the sign-up can no longer be cancelled.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        signUp.CancelledAt = ActivityClock.Now(clock);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await db.Set<Activity>().Where(a => a.Id == activityId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.SignUpCount, a => a.SignUpCount - 1), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return signUp;
    }

    [GraphQLDescription("Checks the calling volunteer in with the organizer's code (from an hour before the start until the end).")]
    public async Task<ActivitySignUp> CheckInToActivityAsync(
        [ID] string activityId, string code, ClaimsPrincipal? user, ActivitiesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var volunteer = ActivityAccess.EnsureVolunteer(user, "check in");
        var activity = await FindPublishedAsync(db, activityId, cancellationToken).ConfigureAwait(false);
        var signUp = await FindSignUpAsync(db, activityId, volunteer, cancellationToken).ConfigureAwait(false);
        ActivityAttendance.EnsureCode(activity.CheckInCode, code);
        var now = ActivityClock.Now(clock);
        ActivityAttendance.EnsureCheckInOpen(activity.StartsAt, activity.EndsAt, now);
        if (signUp.CheckedInAt is not null)
        {
            throw ActivityErrors.Create(ActivityAttendance.AlreadyCheckedIn, "You have already checked in.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Conditional, so two concurrent check-ins of one volunteer count them once.
        var checkedIn = await db.Set<ActivitySignUp>()
            .Where(s => s.ActivityId == activityId && s.VolunteerId == volunteer && s.CheckedInAt == null && s.CancelledAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.CheckedInAt, now), cancellationToken).ConfigureAwait(false);
        if (checkedIn == 0)
        {
            throw ActivityErrors.Create(ActivityAttendance.AlreadyCheckedIn, "You have already checked in.");
        }

        signUp.CheckedInAt = now;
        db.Entry(signUp).State = EntityState.Unchanged;
        await db.Set<Activity>().Where(a => a.Id == activityId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ParticipantCount, a => a.ParticipantCount + 1).SetProperty(a => a.UpdatedAt, now), cancellationToken)
            .ConfigureAwait(false);
        await ActivityRegionMirror.TouchAsync(db, activityId, now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return signUp;
    }

    [GraphQLDescription("Checks the calling volunteer out with the organizer's code; their hours run from check-in to now, within the activity's time.")]
    public async Task<ActivitySignUp> CheckOutOfActivityAsync(
        [ID] string activityId, string code, ClaimsPrincipal? user, ActivitiesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var volunteer = ActivityAccess.EnsureVolunteer(user, "check out");
        var activity = await FindPublishedAsync(db, activityId, cancellationToken).ConfigureAwait(false);
        var signUp = await FindSignUpAsync(db, activityId, volunteer, cancellationToken).ConfigureAwait(false);
        ActivityAttendance.EnsureCode(activity.CheckInCode, code);
        if (signUp.CheckedInAt is null)
        {
            throw ActivityErrors.Create(ActivityAttendance.NotCheckedIn, "Check in before checking out.");
        }

        if (signUp.CheckedOutAt is not null)
        {
            throw ActivityErrors.Create(ActivityAttendance.AlreadyCheckedOut, "You have already checked out.");
        }

        signUp.CheckedOutAt = ActivityClock.Now(clock);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return signUp;
    }

    /// <summary>The activity, which must be published (drafts are unknown to volunteers).</summary>
    private static async Task<Activity> FindPublishedAsync(ActivitiesDbContext db, string id, CancellationToken cancellationToken)
    {
        var activity = await ActivityLookup.FindAsync(db, id, cancellationToken).ConfigureAwait(false);
        return activity.Status switch
        {
            ActivityStatus.Published => activity,
            ActivityStatus.Draft => throw ActivityLookup.NotFound(id),
            _ => throw ActivityErrors.Create(ActivityRules.ActivityClosed, $"The activity is {ActivityTransitions.Name(activity.Status)}; sign-up and check-in are closed."),
        };
    }

    private static async Task<ActivitySignUp> FindSignUpAsync(ActivitiesDbContext db, string activityId, string volunteer, CancellationToken cancellationToken) =>
        await db.Set<ActivitySignUp>().SingleOrDefaultAsync(s => s.ActivityId == activityId && s.VolunteerId == volunteer && s.CancelledAt == null, cancellationToken).ConfigureAwait(false)
        ?? throw ActivityErrors.Create(ActivityAttendance.NotSignedUp, "You have not signed up for this activity.");
}
