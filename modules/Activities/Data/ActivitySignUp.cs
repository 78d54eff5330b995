namespace Platform.Activities.Data;

/// <summary>
/// A volunteer's sign-up for an activity, their check-in and check-out, and what recording their service time in the
/// Volunteers module gave: the service record's id once recorded (so it is never recorded twice), else the last error.
/// </summary>
[GraphQLDescription("A volunteer's sign-up for an activity, with their check-in, check-out and the recording of their service time.")]
public sealed class ActivitySignUp
{
    [GraphQLIgnore]
    public required string ActivityId { get; init; }

    [GraphQLIgnore]
    public required string VolunteerId { get; init; }

    public DateTimeOffset SignedUpAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public DateTimeOffset? CheckedInAt { get; set; }

    public DateTimeOffset? CheckedOutAt { get; set; }

    [ID]
    [GraphQLDescription("The Volunteers module's service record made for this sign-up, once recorded.")]
    public string? ServiceRecordId { get; set; }

    [GraphQLIgnore]
    public int? RecordedMinutes { get; set; }

    [GraphQLDescription("Why recording the service time last failed (an error code of the Volunteers module, or VOLUNTEERS_UNAVAILABLE).")]
    public string? RecordErrorCode { get; set; }

    public string? RecordErrorMessage { get; set; }

    [GraphQLIgnore]
    public bool IsActive => CancelledAt is null;
}
