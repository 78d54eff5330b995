using Platform.Activities.Data;
using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>What is derived from a sign-up: its activity, its volunteer and the hours it counts.</summary>
[ExtendObjectType(typeof(ActivitySignUp))]
public sealed class ActivitySignUpFields
{
    public Task<Activity?> GetActivityAsync([Parent] ActivitySignUp signUp, ActivityByIdLoader activities, CancellationToken cancellationToken) =>
        activities.LoadAsync(signUp.ActivityId, cancellationToken);

    public ActivityVolunteerRef GetVolunteer([Parent] ActivitySignUp signUp) => new(signUp.VolunteerId);

    [GraphQLDescription("Hours served: check-in to check-out within the activity's start and end (0 until checked out).")]
    public async Task<double> GetHoursAsync([Parent] ActivitySignUp signUp, ActivityByIdLoader activities, CancellationToken cancellationToken)
    {
        if (signUp.RecordedMinutes is { } recorded)
        {
            return recorded / 60.0;
        }

        var activity = await activities.LoadAsync(signUp.ActivityId, cancellationToken).ConfigureAwait(false);
        return activity is not null && signUp is { CheckedInAt: { } checkedIn, CheckedOutAt: { } checkedOut }
            ? ActivityAttendance.Minutes(activity.StartsAt, activity.EndsAt, checkedIn, checkedOut) / 60.0
            : 0;
    }
}
