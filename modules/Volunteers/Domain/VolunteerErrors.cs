namespace Platform.Volunteers.Domain;

/// <summary>Every error the Volunteers module reports, each a GraphQL error with a stable <c>extensions.code</c>.</summary>
public static class VolunteerErrors
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string InvalidId = "INVALID_ID";
    public const string VolunteerNotFound = "VOLUNTEER_NOT_FOUND";
    public const string TeamNotFound = "TEAM_NOT_FOUND";
    public const string RecordNotFound = "SERVICE_RECORD_NOT_FOUND";
    public const string CategoryNotFound = "TEAM_CATEGORY_NOT_FOUND";
    public const string InvalidIdCardNumber = "INVALID_ID_CARD_NUMBER";
    public const string InvalidPhone = "INVALID_PHONE";
    public const string InvalidName = "INVALID_NAME";
    public const string InvalidNationalNumber = "INVALID_NATIONAL_NUMBER";
    public const string DuplicateIdCardNumber = "DUPLICATE_ID_CARD_NUMBER";
    public const string DuplicateNationalNumber = "DUPLICATE_NATIONAL_NUMBER";
    public const string InvalidHours = "INVALID_HOURS";
    public const string DailyHoursExceeded = "DAILY_HOURS_EXCEEDED";
    public const string RecordSuperseded = "SERVICE_RECORD_SUPERSEDED";
    public const string RecordRevoked = "SERVICE_RECORD_REVOKED";
    public const string InvalidPoints = "INVALID_POINTS";
    public const string InsufficientPoints = "INSUFFICIENT_POINTS";
    public const string InvalidIdempotencyKey = "INVALID_IDEMPOTENCY_KEY";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string TeamLevelMismatch = "TEAM_LEVEL_MISMATCH";
    public const string AlreadyMember = "ALREADY_TEAM_MEMBER";
    public const string InvalidText = "INVALID_TEXT";

    public static GraphQLError Create(string code, string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });

    public static GraphQLError MalformedId(string what, string id) =>
        Create(InvalidId, $"\"{id}\" is not a {what} id (expected {EntityIds.Length} lowercase hexadecimal digits).");
}
