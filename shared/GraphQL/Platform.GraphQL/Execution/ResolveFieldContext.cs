using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>The context a resolver gets for one field of one object (graphql-js's source, args, context and info).</summary>
internal sealed class ResolveFieldContext : IResolveFieldContext
{
    private readonly OperationExecutor _execution;
    private readonly FieldGroup _group;
    private readonly ResponsePath? _parentPath;
    private IReadOnlyList<object>? _path;

    public ResolveFieldContext(
        OperationExecutor execution,
        ObjectType parentType,
        FieldGroup group,
        object? source,
        IReadOnlyDictionary<string, object?> arguments,
        ResponsePath? parentPath)
    {
        _execution = execution;
        _group = group;
        _parentPath = parentPath;
        ParentType = parentType;
        Source = source;
        Arguments = arguments;
    }

    public object? Source { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public FieldDefinition FieldDefinition => _group.Definition;

    public ObjectType ParentType { get; }

    public IReadOnlyList<FieldNode> FieldNodes => _group.Nodes;

    public IReadOnlyList<object> Path => _path ??= ResponsePath.ToList(new ResponsePath(_parentPath, _group.ResponseKey));

    public Schema Schema => _execution.Schema;

    public OperationDefinitionNode Operation => _execution.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _execution.Fragments;

    public IReadOnlyDictionary<string, object?> VariableValues => _execution.VariableValues;

    public object? RootValue => _execution.RootValue;

    public object? ContextValue => _execution.Request.ContextValue;

    public IServiceProvider? Services => _execution.Request.Services;

    public CancellationToken CancellationToken => _execution.CancellationToken;

    public System.Security.Claims.ClaimsPrincipal? User => _execution.Request.User;

    public DataLoader.DataLoaderScope DataLoaders => _execution.DataLoaders;
}
