namespace Platform.Activities.Domain;

/// <summary>The projects' error codes (<c>extensions.code</c>); shared codes are in <see cref="ActivityErrors"/>.</summary>
public static class ProjectErrors
{
    public const string NotFound = "PROJECT_NOT_FOUND";
    public const string StepNotAllowed = "PROJECT_STEP_NOT_ALLOWED";
    public const string Conflict = "PROJECT_CONFLICT";
    public const string ReasonRequired = "PROJECT_REASON_REQUIRED";
    public const string NotAdmitted = "PROJECT_NOT_ADMITTED";
    public const string InvalidTeams = "PROJECT_INVALID_TEAMS";

    public static GraphQLError NotFoundError(string id) => ActivityErrors.Create(NotFound, $"There is no project \"{id}\".");
}
