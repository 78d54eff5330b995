using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Reading;

/// <summary>
/// Reads a subgraph's SDL into a <see cref="SubgraphSchema"/>: definitions and extensions folded per type, root types
/// renamed to <c>Query</c>/<c>Mutation</c>/<c>Subscription</c>, federation plumbing (<c>_entities</c>, <c>_Any</c>, …) dropped.
/// </summary>
internal static partial class SubgraphReader
{
    private static readonly string[] RootNames = ["Query", "Mutation", "Subscription"];

    /// <summary>The subgraph's schema, or null with an <c>INVALID_GRAPHQL</c> error when the SDL does not parse.</summary>
    public static SubgraphSchema? Read(SubgraphDefinition subgraph, List<CompositionError> errors)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(subgraph.Sdl, new ParserOptions { NoLocations = true });
        }
        catch (GraphQLError syntaxError)
        {
            errors.Add(new CompositionError(CompositionCodes.InvalidGraphQL, $"[{subgraph.Name}] {syntaxError.Message}"));
            return null;
        }

        var links = FederationLinks.Read(document);
        var schema = new SubgraphSchema { Name = subgraph.Name, IsFederation2 = links.IsFederation2, Links = links };
        var context = new ReadContext(schema, links, RootRenames(document), errors);
        foreach (var unknown in links.UnknownImports)
        {
            errors.Add(new CompositionError(
                CompositionCodes.InvalidLinkDirectiveUsage,
                $"[{subgraph.Name}] Cannot import unknown element \"{unknown}\" from the federation spec in @link."));
        }

        if (links.UnknownVersionUrl is { } url)
        {
            errors.Add(new CompositionError(
                CompositionCodes.UnknownFederationLinkVersion,
                $"[{subgraph.Name}] Invalid version in \"{url}\" for the federation feature in @link: "
                + $"known versions are v2.0 to v2.{FederationVersions.LatestMinor}."));
        }

        ReadSchemaDirectives(context, document);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case DirectiveDefinitionNode directive when !IsFederationDirectiveDefinition(links, directive.Name.Value):
                    schema.DirectiveDefinitions[directive.Name.Value] = directive;
                    break;
                case TypeDefinitionNode type when !links.IsPlumbingType(type.Name.Value):
                    ReadType(context, type, isExtension: false);
                    break;
                case TypeExtensionNode extension when !links.IsPlumbingType(extension.Name.Value):
                    ReadType(context, extension, isExtension: true);
                    break;
            }
        }

        RemoveEntryPoints(schema);
        return schema;
    }

    private static bool IsFederationDirectiveDefinition(FederationLinks links, string name) =>
        links.Canonical(name) is not null || links.IsLinkDirective(name) || name == "link";

    private static Dictionary<string, string> RootRenames(DocumentNode document)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        var operationTypes = document.Definitions.SelectMany(definition => definition switch
        {
            SchemaDefinitionNode schema => schema.OperationTypes,
            SchemaExtensionNode extension => extension.OperationTypes,
            _ => [],
        });
        foreach (var operationType in operationTypes)
        {
            var rootName = RootNames[(int)operationType.Operation];
            if (operationType.Type.Name.Value != rootName)
            {
                renames[operationType.Type.Name.Value] = rootName;
            }
        }

        return renames;
    }

    private static void ReadSchemaDirectives(ReadContext context, DocumentNode document)
    {
        foreach (var directive in FederationLinks.SchemaDirectives(document))
        {
            if (context.Links.Canonical(directive.Name.Value) == "composeDirective"
                && FederationLinks.StringArgument(directive, "name") is { } name)
            {
                context.Schema.ComposedDirectives.Add(name.TrimStart('@'));
            }
        }
    }

    /// <summary>Federation's <c>_entities</c>/<c>_service</c> are the subgraph protocol, not part of the graph.</summary>
    private static void RemoveEntryPoints(SubgraphSchema schema)
    {
        if (!schema.Types.TryGetValue("Query", out var query))
        {
            return;
        }

        query.Fields.Remove("_entities");
        query.Fields.Remove("_service");
        if (query.Fields.Count == 0)
        {
            schema.Types.Remove("Query");
        }
    }

    private sealed class ReadContext(SubgraphSchema schema, FederationLinks links, Dictionary<string, string> renames, List<CompositionError> errors)
    {
        public List<CompositionError> Errors { get; } = errors;

        public HashSet<string> Defined { get; } = new(StringComparer.Ordinal);

        public SubgraphSchema Schema { get; } = schema;

        public FederationLinks Links { get; } = links;

        public string Rename(string name) => renames.GetValueOrDefault(name, name);

        public TypeNode Rename(TypeNode type) => type switch
        {
            NonNullTypeNode nonNull => new NonNullTypeNode(Rename(nonNull.Type)),
            ListTypeNode list => new ListTypeNode(Rename(list.Type)),
            NamedTypeNode named when renames.ContainsKey(named.Name.Value) => new NamedTypeNode(new NameNode(Rename(named.Name.Value))),
            _ => type,
        };
    }
}
