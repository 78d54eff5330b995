using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>What a <see cref="Schema"/> is made of.</summary>
public sealed class SchemaOptions
{
    public string? Description { get; init; }

    public ObjectType? Query { get; init; }

    public ObjectType? Mutation { get; init; }

    public ObjectType? Subscription { get; init; }

    /// <summary>Types to include even when no root reaches them (in this order, before the reachable ones).</summary>
    public IReadOnlyList<NamedType> Types { get; init; } = [];

    /// <summary>Directives; null means the specified ones (<see cref="SpecifiedDirectives"/>).</summary>
    public IReadOnlyList<DirectiveDefinition>? Directives { get; init; }

    public SchemaDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; init; } = [];

    internal UnrepresentableReferences Unrepresentable { get; init; } = UnrepresentableReferences.None;
}

/// <summary>
/// A GraphQL schema: root operation types, every named type reachable from them (introspection types included),
/// and the directives. Built once, then read concurrently.
/// </summary>
public sealed partial class Schema
{
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;

    public Schema(SchemaOptions options)
    {
        Description = options.Description;
        QueryType = options.Query;
        MutationType = options.Mutation;
        SubscriptionType = options.Subscription;
        AstNode = options.AstNode;
        ExtensionAstNodes = options.ExtensionAstNodes;
        AppliedDirectives = options.AppliedDirectives;
        Unrepresentable = options.Unrepresentable;
        Directives = options.Directives ?? SpecifiedDirectives.All;
        _directivesByName = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in Directives)
        {
            _directivesByName.TryAdd(directive.Name, directive);
        }

        TypeMap = TypeCollector.Collect(this, options.Types);
        (_subTypes, _implementations) = TypeCollector.IndexAbstractTypes(TypeMap.Values);
    }

    public string? Description { get; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type by name, in the order graphql-js collects them.</summary>
    public OrderedDictionary<string, NamedType> TypeMap { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public SchemaDefinitionNode? AstNode { get; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; }

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    internal UnrepresentableReferences Unrepresentable { get; }

    public NamedType? GetType(string name) => TypeMap.TryGetValue(name, out var type) ? type : null;

    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };
}
