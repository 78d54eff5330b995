using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Limits;

/// <summary>The errors of the operation limits, with the stable <c>extensions.code</c> clients can switch on.</summary>
public static class LimitErrors
{
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxRootFieldsExceeded = "MAX_ROOT_FIELDS_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";

    public static GraphQLError Depth(OperationDefinitionNode operation, long depth, long maximum) => Create(
        $"{Subject(operation)} has a depth of {depth}, which exceeds the maximum depth of {maximum}.",
        operation,
        MaxDepthExceeded);

    public static GraphQLError Aliases(OperationDefinitionNode operation, long aliases, long maximum) => Create(
        $"{Subject(operation)} has {aliases} aliases, which exceeds the maximum of {maximum} aliases.",
        operation,
        MaxAliasesExceeded);

    public static GraphQLError RootFields(OperationDefinitionNode operation, long rootFields, long maximum) => Create(
        $"{Subject(operation)} selects {rootFields} root fields, which exceeds the maximum of {maximum} root fields.",
        operation,
        MaxRootFieldsExceeded);

    public static GraphQLError Cost(OperationDefinitionNode operation, long cost, long maximum) => Create(
        $"{Subject(operation)} has an estimated cost of {cost}, which exceeds the maximum cost of {maximum}.",
        operation,
        MaxCostExceeded);

    public static GraphQLError Timeout(TimeSpan timeout) => new(
        $"Execution timed out after {(long)timeout.TotalMilliseconds} ms.",
        extensions: new Dictionary<string, object?> { ["code"] = ExecutionTimeout });

    private static string Subject(OperationDefinitionNode operation) =>
        operation.Name is { } name ? $"Operation \"{name.Value}\"" : "The anonymous operation";

    private static GraphQLError Create(string message, OperationDefinitionNode operation, string code) =>
        new(message, [operation], extensions: new Dictionary<string, object?> { ["code"] = code });
}
