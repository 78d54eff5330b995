namespace Platform.Venues.Domain;

/// <summary>Every error the Venues module reports, each a GraphQL error with a stable <c>extensions.code</c>.</summary>
public static class VenueErrors
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string InvalidId = "INVALID_ID";
    public const string NotFound = "VENUE_NOT_FOUND";
    public const string InvalidName = "INVALID_NAME";
    public const string InvalidAddress = "INVALID_ADDRESS";
    public const string InvalidCoordinates = "INVALID_COORDINATES";
    public const string InvalidPhone = "INVALID_PHONE";
    public const string InvalidUrl = "INVALID_URL";
    public const string InvalidSchedule = "INVALID_SCHEDULE";
    public const string ScheduleOverlap = "SCHEDULE_OVERLAP";
    public const string InvalidRooms = "INVALID_ROOMS";
    public const string InvalidRadius = "INVALID_RADIUS";
    public const string InvalidLimit = "INVALID_LIMIT";
    public const string Archived = "VENUE_ARCHIVED";

    public static GraphQLError Create(string code, string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });

    public static GraphQLError VenueNotFound(string id) => Create(NotFound, $"No venue has the id \"{id}\".");

    public static GraphQLError MalformedId(string id, string what) =>
        Create(InvalidId, $"\"{id}\" is not {what} id (expected {EntityIds.Length} lowercase hexadecimal digits).");
}
