using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// Turns a type-system document into a <see cref="Schema"/> as graphql-js <c>extendSchemaImpl</c> does for an empty schema:
/// first a shell per defined type (built-in scalars and introspection types stand for themselves), then fields, members and
/// values from the definition and all its extensions, in document order.
/// </summary>
internal sealed partial class SdlSchemaAssembler
{
    private readonly List<TypeDefinitionNode> _typeDefinitions = [];
    private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
    private readonly Dictionary<string, List<DirectiveExtensionNode>> _directiveExtensions = new(StringComparer.Ordinal);
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly OrderedDictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly UnrepresentableReferences _unrepresentable = new();
    private SchemaDefinitionNode? _schemaDefinition;

    public SdlSchemaAssembler(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    _schemaDefinition = schema;
                    break;
                case SchemaExtensionNode extension:
                    _schemaExtensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    _directiveDefinitions.Add(directive);
                    break;
                case DirectiveExtensionNode extension:
                    Add(_directiveExtensions, extension.Name.Value, extension);
                    break;
                case TypeDefinitionNode type:
                    _typeDefinitions.Add(type);
                    break;
                case TypeExtensionNode extension:
                    Add(_typeExtensions, extension.Name.Value, extension);
                    break;
            }
        }
    }

    public Schema Assemble()
    {
        var built = new List<(NamedType Type, TypeDefinitionNode Node)>(_typeDefinitions.Count);
        foreach (var node in _typeDefinitions)
        {
            var type = StandardTypes.Find(node.Name.Value) ?? CreateShell(node);
            _types[type.Name] = type;
            if (!StandardTypes.IsStandard(type))
            {
                built.Add((type, node));
            }
        }

        foreach (var (type, node) in built)
        {
            Complete(type, node);
        }

        var directives = new List<DirectiveDefinition>(_directiveDefinitions.Count + SpecifiedDirectives.All.Count);
        foreach (var node in _directiveDefinitions)
        {
            directives.Add(BuildDirective(node));
        }

        foreach (var specified in SpecifiedDirectives.All)
        {
            if (!directives.Exists(d => d.Name == specified.Name))
            {
                directives.Add(specified);
            }
        }

        var (query, mutation, subscription) = OperationTypes();
        return new Schema(new SchemaOptions
        {
            Description = _schemaDefinition?.Description?.Value,
            Query = query,
            Mutation = mutation,
            Subscription = subscription,
            Types = [.. _types.Values],
            Directives = directives,
            AstNode = _schemaDefinition,
            ExtensionAstNodes = _schemaExtensions,
            AppliedDirectives = SchemaDirectives(),
            Unrepresentable = _unrepresentable,
        });
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) OperationTypes()
    {
        ObjectType? query = null, mutation = null, subscription = null;
        IEnumerable<IReadOnlyList<OperationTypeDefinitionNode>> lists = _schemaExtensions.Select(e => e.OperationTypes);
        if (_schemaDefinition is not null)
        {
            lists = lists.Prepend(_schemaDefinition.OperationTypes);
        }

        foreach (var list in lists)
        {
            foreach (var operationType in list)
            {
                var type = RootType(operationType);
                switch (operationType.Operation)
                {
                    case OperationType.Query: query = type; break;
                    case OperationType.Mutation: mutation = type; break;
                    case OperationType.Subscription: subscription = type; break;
                }
            }
        }

        // graphql-js: without a schema definition the conventional names win, even over `extend schema`.
        if (_schemaDefinition is null)
        {
            query = ConventionalRoot(OperationType.Query, "Query") ?? query;
            mutation = ConventionalRoot(OperationType.Mutation, "Mutation") ?? mutation;
            subscription = ConventionalRoot(OperationType.Subscription, "Subscription") ?? subscription;
        }

        return (query, mutation, subscription);
    }

    private ObjectType? ConventionalRoot(OperationType operation, string name) => _types.GetValueOrDefault(name) switch
    {
        null => null,
        ObjectType type => type,
        var other => NotAnObjectRoot(operation, other, null),
    };

    private ObjectType? RootType(OperationTypeDefinitionNode node) => LookUp(node.Type) switch
    {
        ObjectType type => type,
        var other => NotAnObjectRoot(node.Operation, other, node.Type),
    };

    private ObjectType? NotAnObjectRoot(OperationType operation, NamedType type, SyntaxNode? node)
    {
        _unrepresentable.Roots[operation] = (type, node);
        return null;
    }

    private List<DirectiveNode> SchemaDirectives()
    {
        var directives = new List<DirectiveNode>();
        if (_schemaDefinition is not null)
        {
            directives.AddRange(_schemaDefinition.Directives);
        }

        foreach (var extension in _schemaExtensions)
        {
            directives.AddRange(extension.Directives);
        }

        return directives;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
