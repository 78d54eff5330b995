using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>STUB — replaced by the Execution work. graphql-js <c>graphql()</c>: parse, validate, then execute.</summary>
public static class RequestRunner
{
    /// <summary>Syntax and validation errors come back as a result without data, never as exceptions.</summary>
    public static Task<ExecutionResult> RunAsync(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        object? rootValue = null,
        CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
