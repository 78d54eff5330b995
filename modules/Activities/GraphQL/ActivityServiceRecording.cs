using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Hierarchy;

namespace Platform.Activities.GraphQL;

/// <summary>
/// "谁组织谁记录": the organizing unit records its volunteers' service. After a completed activity each volunteer who
/// checked in and out gets a service record in the Volunteers module for their hours; the record's id is kept, so
/// calling again records only those still missing (a failure is kept per volunteer and retried by the next call).
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class ActivityServiceRecording
{
    public const string NotConfigured = "VOLUNTEERS_NOT_CONFIGURED";

    [GraphQLDescription("Records the attended volunteers' hours in the Volunteers module (completed activities; repeatable: already recorded volunteers are skipped).")]
    public async Task<ActivityServiceReport> RecordActivityServiceAsync(
        [ID] string activityId, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, ActivityVolunteersClient volunteers,
        IHttpContextAccessor http, CancellationToken cancellationToken)
    {
        var activity = await ActivityLookup.FindForOrganizerAsync(db, activityId, user, hierarchy, "record service for activities", cancellationToken).ConfigureAwait(false);
        if (activity.Status != ActivityStatus.Completed)
        {
            throw ActivityErrors.Create(ActivityRules.NotCompleted, "Service is recorded once the activity is completed.");
        }

        if (!volunteers.IsConfigured)
        {
            throw ActivityErrors.Create(NotConfigured, "The Volunteers module's address (Platform:VolunteersUrl) is not configured.");
        }

        var attended = await db.Set<ActivitySignUp>()
            .Where(s => s.ActivityId == activityId && s.CancelledAt == null && s.CheckedInAt != null && s.CheckedOutAt != null)
            .OrderBy(s => s.VolunteerId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var authorization = http.HttpContext?.Request.Headers.Authorization.ToString();
        var outcomes = new List<ActivityServiceOutcome>();
        foreach (var signUp in attended)
        {
            var minutes = ActivityAttendance.Minutes(activity.StartsAt, activity.EndsAt, signUp.CheckedInAt!.Value, signUp.CheckedOutAt!.Value);
            if (signUp.ServiceRecordId is not null || minutes == 0)
            {
                outcomes.Add(new ActivityServiceOutcome(signUp, minutes, AlreadyRecorded: signUp.ServiceRecordId is not null));
                continue;
            }

            var outcome = await volunteers.RecordAsync(
                signUp.VolunteerId, activity.Id, activity.OrganizingUnitId, ActivityClock.ChinaDate(activity.StartsAt), minutes, activity.Title,
                string.IsNullOrEmpty(authorization) ? null : authorization, cancellationToken).ConfigureAwait(false);
            signUp.ServiceRecordId = outcome.RecordId;
            signUp.RecordedMinutes = outcome.RecordId is null ? null : minutes;
            signUp.RecordErrorCode = outcome.ErrorCode;
            signUp.RecordErrorMessage = outcome.ErrorMessage;

            // Saved one by one: a record made is never forgotten because a later one failed.
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            outcomes.Add(new ActivityServiceOutcome(signUp, minutes, AlreadyRecorded: false));
        }

        return new ActivityServiceReport(activity, outcomes);
    }
}
