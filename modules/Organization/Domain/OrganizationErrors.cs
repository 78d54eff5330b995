namespace Platform.Organization.Domain;

/// <summary>Every error the Organization module reports, each a GraphQL error with a stable <c>extensions.code</c>.</summary>
public static class OrganizationErrors
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string InvalidId = "INVALID_ID";
    public const string NotFound = "UNIT_NOT_FOUND";
    public const string InvalidName = "INVALID_NAME";
    public const string InvalidAdministrativeCode = "INVALID_ADMINISTRATIVE_CODE";
    public const string InvalidPopulation = "INVALID_POPULATION";
    public const string InvalidStaffCount = "INVALID_STAFF_COUNT";
    public const string InvalidDepth = "INVALID_DEPTH";
    public const string LevelMismatch = "LEVEL_MISMATCH";
    public const string KindNotApplicable = "KIND_NOT_APPLICABLE";
    public const string MoveCycle = "MOVE_CYCLE";
    public const string Archived = "UNIT_ARCHIVED";
    public const string ConcurrentChange = "CONCURRENT_CHANGE";

    public static GraphQLError Create(string code, string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });

    public static GraphQLError UnitNotFound(string id) => Create(NotFound, $"No organization unit has the id \"{id}\".");

    public static GraphQLError MalformedId(string id) =>
        Create(InvalidId, $"\"{id}\" is not an organization unit id (expected {UnitIds.Length} lowercase hexadecimal digits).");
}
