namespace Platform.Activities.Domain;

/// <summary>The service-order workflow's error codes (<c>extensions.code</c>); shared codes are in <see cref="ActivityErrors"/>.</summary>
public static class ServiceOrderErrors
{
    public const string NotFound = "ORDER_NOT_FOUND";
    public const string TransitionNotAllowed = "ORDER_TRANSITION_NOT_ALLOWED";
    public const string Conflict = "ORDER_CONFLICT";
    public const string InvalidAssignee = "ORDER_INVALID_ASSIGNEE";
    public const string ReasonRequired = "ORDER_REASON_REQUIRED";
    public const string InvalidRating = "ORDER_INVALID_RATING";
    public const string NoHigherLevel = "ORDER_NO_HIGHER_LEVEL";
    public const string InvalidWishedTime = "ORDER_INVALID_WISHED_TIME";

    public static GraphQLError NotFoundError(string id) =>
        ActivityErrors.Create(NotFound, $"There is no service order \"{id}\" that you may see.");

    public static GraphQLError NotAllowed(ServiceOrderStatus state, ServiceOrderAction action)
    {
        var allowed = ServiceOrderTransitions.AllowedIn(state);
        var list = allowed.Count == 0 ? "nothing (the flow has ended)" : string.Join(", ", allowed);
        return ActivityErrors.Create(TransitionNotAllowed, $"An order that is {state} cannot take the step {action}; allowed now: {list}.");
    }

    public static GraphQLError ConflictError(string id) =>
        ActivityErrors.Create(Conflict, $"Service order \"{id}\" was changed by someone else at the same moment (for example grabbed first); reload it and try again.");
}
