using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation;

/// <summary>
/// Reads the module's own SDL: how it links federation, its entity types and entity interfaces (a resolvable key under
/// whatever name the link gives <c>@key</c>), the names it defines, and the text <c>_service.sdl</c> returns.
/// </summary>
internal sealed class SubgraphDocuments
{
    private SubgraphDocuments(DocumentNode document)
    {
        Document = document;
        Link = FederationLink.Read(document);
        var key = Link.Directive("key");
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case DirectiveDefinitionNode directive:
                    DefinedDirectives.Add(directive.Name.Value);
                    break;
                case TypeDefinitionNode type:
                    DefinedTypes.Add(type.Name.Value);
                    Classify(type.Name.Value, type, type.Directives, key);
                    break;
                case ObjectTypeExtensionNode or InterfaceTypeExtensionNode:
                    var extension = (TypeExtensionNode)definition;
                    ExtendedTypes.Add(extension.Name.Value);
                    Classify(extension.Name.Value, extension, extension.Directives, key);
                    break;
            }
        }
    }

    public DocumentNode Document { get; }

    public FederationLink Link { get; }

    public HashSet<string> DefinedDirectives { get; } = new(StringComparer.Ordinal);

    public HashSet<string> DefinedTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>Types only extended (<c>extend type User @key(…)</c>): federation lets a subgraph extend a type another one defines.</summary>
    public IEnumerable<(string Name, bool IsInterface)> ExtendedOnly => ExtendedTypes
        .Where(name => !DefinedTypes.Contains(name))
        .Select(name => (name, Document.Definitions.Any(d => d is InterfaceTypeExtensionNode i && i.Name.Value == name)));

    /// <summary>Object types with at least one <c>@key</c> not marked <c>resolvable: false</c>, in declaration order.</summary>
    public List<string> EntityTypes { get; } = [];

    /// <summary>Interfaces with a resolvable <c>@key</c> (entity interfaces): <c>_entities</c> accepts their name as <c>__typename</c>.</summary>
    public List<string> EntityInterfaces { get; } = [];

    private HashSet<string> ExtendedTypes { get; } = new(StringComparer.Ordinal);

    /// <exception cref="Types.SchemaException">The SDL has a syntax error or a malformed federation link.</exception>
    public static SubgraphDocuments Parse(IReadOnlyList<string> documents)
    {
        try
        {
            return new SubgraphDocuments(Parser.Parse(string.Join("\n", documents)));
        }
        catch (GraphQLError syntaxError)
        {
            throw new Types.SchemaException([syntaxError]);
        }
    }

    /// <summary>The module's documents printed as one, federation directives kept, nothing federation adds.</summary>
    public string PrintSdl() => Printer.Print(Document);

    /// <summary>The query root's name: the one a schema definition or extension gives, else <c>Query</c>.</summary>
    public string QueryTypeName => Document.Definitions
        .SelectMany(definition => definition switch
        {
            SchemaDefinitionNode schema => schema.OperationTypes,
            SchemaExtensionNode extension => extension.OperationTypes,
            _ => [],
        })
        .LastOrDefault(operation => operation.Operation == OperationType.Query)?.Type.Name.Value ?? "Query";

    public bool DefinesQueryType => DefinedTypes.Contains(QueryTypeName);

    private void Classify(string name, SyntaxNode node, IReadOnlyList<DirectiveNode> directives, string key)
    {
        if (!directives.Any(directive => IsResolvableKey(directive, key)))
        {
            return;
        }

        var list = node is InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode ? EntityInterfaces
            : node is ObjectTypeDefinitionNode or ObjectTypeExtensionNode ? EntityTypes
            : null;
        if (list is not null && !list.Contains(name))
        {
            list.Add(name);
        }
    }

    private static bool IsResolvableKey(DirectiveNode directive, string key) =>
        directive.Name.Value == key
        && !directive.Arguments.Any(argument => argument.Name.Value == "resolvable" && argument.Value is BooleanValueNode { Value: false });
}
