using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>Everything the executor needs for one operation of a parsed, validated document.</summary>
public sealed class ExecutionRequest
{
    public required Schema Schema { get; init; }

    public required DocumentNode Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw variable values (JSON-shaped: null, bool, string, numbers, lists, string-keyed maps).</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    public object? RootValue { get; init; }

    public object? ContextValue { get; init; }

    public IServiceProvider? Services { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>Who made the request; resolvers see it as <see cref="IResolveFieldContext.User"/>.</summary>
    public System.Security.Claims.ClaimsPrincipal? User { get; init; }
}
