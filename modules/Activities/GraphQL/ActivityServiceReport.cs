using Platform.Activities.Data;

namespace Platform.Activities.GraphQL;

/// <summary>What recording an activity's service gave, volunteer by volunteer.</summary>
public sealed record ActivityServiceReport(Activity Activity, IReadOnlyList<ActivityServiceOutcome> Volunteers)
{
    [GraphQLDescription("Volunteers whose service is now recorded (this time or before).")]
    public int Recorded => Volunteers.Count(outcome => outcome.ServiceRecordId is not null);

    [GraphQLDescription("Volunteers whose recording failed; call again to retry them.")]
    public int Failed => Volunteers.Count(outcome => outcome.ErrorCode is not null);
}

/// <summary>One attended volunteer's recording: the service record's id, or why it failed.</summary>
public sealed record ActivityServiceOutcome([property: GraphQLIgnore] ActivitySignUp SignUp, [property: GraphQLIgnore] int Minutes, bool AlreadyRecorded)
{
    public ActivityVolunteerRef Volunteer => new(SignUp.VolunteerId);

    public double Hours => Minutes / 60.0;

    [ID]
    public string? ServiceRecordId => SignUp.ServiceRecordId;

    [GraphQLDescription("The Volunteers module's error code (e.g. VOLUNTEER_NOT_FOUND, DAILY_HOURS_EXCEEDED) or VOLUNTEERS_UNAVAILABLE; null when recorded or nothing to record.")]
    public string? ErrorCode => SignUp.ServiceRecordId is null && Minutes > 0 ? SignUp.RecordErrorCode : null;

    public string? ErrorMessage => ErrorCode is null ? null : SignUp.RecordErrorMessage;
}
