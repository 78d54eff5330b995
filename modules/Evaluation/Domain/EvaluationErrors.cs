namespace Platform.Evaluation.Domain;

/// <summary>Every error the Evaluation module reports, each a GraphQL error with a stable <c>extensions.code</c>.</summary>
public static class EvaluationErrors
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string InvalidId = "INVALID_ID";
    public const string InvalidPeriod = "INVALID_PERIOD";
    public const string RubricNotFound = "RUBRIC_NOT_FOUND";
    public const string AssessmentNotFound = "ASSESSMENT_NOT_FOUND";
    public const string AssessmentExists = "ASSESSMENT_EXISTS";
    public const string UnknownStandard = "UNKNOWN_STANDARD";
    public const string ScoreOutOfRange = "SCORE_OUT_OF_RANGE";
    public const string InvalidScore = "INVALID_SCORE";
    public const string InvalidEvidence = "INVALID_EVIDENCE";
    public const string AssessmentLocked = "ASSESSMENT_LOCKED";
    public const string AssessmentIncomplete = "ASSESSMENT_INCOMPLETE";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string ReasonRequired = "REASON_REQUIRED";
    public const string ConcurrentChange = "CONCURRENT_CHANGE";
    public const string InvalidLimit = "INVALID_LIMIT";
    public const string InvalidRating = "INVALID_RATING";
    public const string InvalidComment = "INVALID_COMMENT";
    public const string DuplicateRating = "DUPLICATE_RATING";
    public const string InvalidMessage = "INVALID_MESSAGE";
    public const string InvalidPhone = "INVALID_PHONE";
    public const string InvalidReply = "INVALID_REPLY";
    public const string MessageNotFound = "MESSAGE_NOT_FOUND";

    public static GraphQLError Create(string code, string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });

    public static GraphQLError MalformedId(string id, string what) =>
        Create(InvalidId, $"\"{id}\" is not {what} id (expected {EntityIds.Length} lowercase hexadecimal digits).");

    /// <summary>Throws <see cref="InvalidId"/> unless <paramref name="id"/> is well formed.</summary>
    public static string EnsureId(string id, string what) =>
        EntityIds.IsWellFormed(id) ? id : throw MalformedId(id, what);
}
