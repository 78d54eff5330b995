using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>What a field resolver is given (graphql-js's source, args, context and info in one).</summary>
public interface IResolveFieldContext
{
    /// <summary>The parent object's value.</summary>
    object? Source { get; }

    /// <summary>Coerced argument values by name (defaults applied; absent arguments are absent).</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    FieldDefinition FieldDefinition { get; }

    ObjectType ParentType { get; }

    /// <summary>The field nodes merged into this field (same response key).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>Response path: names (string) and list indices (int).</summary>
    IReadOnlyList<object> Path { get; }

    Schema Schema { get; }

    OperationDefinitionNode Operation { get; }

    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    IReadOnlyDictionary<string, object?> VariableValues { get; }

    object? RootValue { get; }

    /// <summary>The request-wide context object the caller passed in.</summary>
    object? ContextValue { get; }

    /// <summary>Request-scoped services (may be null outside a host).</summary>
    IServiceProvider? Services { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>Who made the request (the HTTP user); null outside a host.</summary>
    System.Security.Claims.ClaimsPrincipal? User { get; }

    /// <summary>The request's DataLoaders (see <see cref="DataLoader.DataLoaderContextExtensions"/> for the usual ways in).</summary>
    DataLoader.DataLoaderScope DataLoaders { get; }
}
