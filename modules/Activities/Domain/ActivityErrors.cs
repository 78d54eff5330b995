namespace Platform.Activities.Domain;

/// <summary>
/// The error codes every part of the Activities module shares, each a GraphQL error with a stable <c>extensions.code</c>.
/// Codes of one aggregate (activities, orders, projects) live beside it.
/// </summary>
public static class ActivityErrors
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string InvalidId = "INVALID_ID";
    public const string InvalidText = "INVALID_TEXT";
    public const string InvalidLimit = "INVALID_LIMIT";

    public static GraphQLError Create(string code, string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });

    public static GraphQLError MalformedId(string id, string what) =>
        Create(InvalidId, $"\"{id}\" is not {what} id (expected {EntityIds.Length} lowercase hexadecimal digits).");

    /// <summary>Throws unless <paramref name="id"/> is a well-formed id of <paramref name="what"/> ("a unit", "an activity").</summary>
    public static void EnsureId(string id, string what)
    {
        if (!EntityIds.IsWellFormed(id))
        {
            throw MalformedId(id, what);
        }
    }
}
