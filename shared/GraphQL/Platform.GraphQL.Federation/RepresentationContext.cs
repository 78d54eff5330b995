using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation;

/// <summary>
/// The <c>_entities</c> field's context with one representation as its arguments, so that a C# reference resolver's
/// parameters read the key fields the way a field resolver's parameters read arguments.
/// </summary>
internal sealed class RepresentationContext(IResolveFieldContext entitiesField, IReadOnlyDictionary<string, object?> representation) : IResolveFieldContext
{
    public object? Source => entitiesField.Source;

    public IReadOnlyDictionary<string, object?> Arguments => representation;

    public FieldDefinition FieldDefinition => entitiesField.FieldDefinition;

    public ObjectType ParentType => entitiesField.ParentType;

    public IReadOnlyList<FieldNode> FieldNodes => entitiesField.FieldNodes;

    public IReadOnlyList<object> Path => entitiesField.Path;

    public Schema Schema => entitiesField.Schema;

    public OperationDefinitionNode Operation => entitiesField.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => entitiesField.Fragments;

    public IReadOnlyDictionary<string, object?> VariableValues => entitiesField.VariableValues;

    public object? RootValue => entitiesField.RootValue;

    public object? ContextValue => entitiesField.ContextValue;

    public IServiceProvider? Services => entitiesField.Services;

    public CancellationToken CancellationToken => entitiesField.CancellationToken;

    public System.Security.Claims.ClaimsPrincipal? User => entitiesField.User;

    public DataLoader.DataLoaderScope DataLoaders => entitiesField.DataLoaders;
}
