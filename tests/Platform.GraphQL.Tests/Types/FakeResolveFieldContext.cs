using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

/// <summary>Just enough of a resolver context to call introspection resolvers without the executor.</summary>
internal sealed class FakeResolveFieldContext : IResolveFieldContext
{
    public FakeResolveFieldContext(Schema schema, object? source, IReadOnlyDictionary<string, object?>? arguments = null, ObjectType? parentType = null)
    {
        Schema = schema;
        Source = source;
        Arguments = arguments ?? new Dictionary<string, object?>();
        ParentType = parentType ?? schema.QueryType!;
    }

    public object? Source { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public FieldDefinition FieldDefinition => throw new NotSupportedException();

    public ObjectType ParentType { get; }

    public IReadOnlyList<FieldNode> FieldNodes => [];

    public IReadOnlyList<object> Path => [];

    public Schema Schema { get; }

    public OperationDefinitionNode Operation => throw new NotSupportedException();

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => new Dictionary<string, FragmentDefinitionNode>();

    public IReadOnlyDictionary<string, object?> VariableValues => new Dictionary<string, object?>();

    public object? RootValue => null;

    public object? ContextValue => null;

    public IServiceProvider? Services => null;

    public CancellationToken CancellationToken => CancellationToken.None;

    public System.Security.Claims.ClaimsPrincipal? User => null;

    public Platform.GraphQL.DataLoader.DataLoaderScope DataLoaders { get; } = new();
}
