using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation;

/// <summary>
/// One server's federation state: the reference resolvers, and what the module's schema says about entities, captured
/// when the schema is built. Adds the federation definitions and <c>_service</c> / <c>_entities</c> to the module's schema.
/// </summary>
internal sealed class FederationRegistration
{
    public Dictionary<string, ReferenceResolver> ReferenceResolvers { get; } = new(StringComparer.Ordinal);

    /// <summary>Custom directives a C#-typed subgraph composes: the spec URL its <c>@link</c> names, and the definition.</summary>
    public List<(string Url, string Definition)> ComposedDirectives { get; } = [];

    /// <summary>What <c>_service { sdl }</c> returns.</summary>
    public string Sdl { get; set; } = "";

    /// <summary>How the subgraph names the federation directives (C#-typed subgraphs import them under their own names).</summary>
    public FederationLink Link { get; set; } = FederationLink.Federation1;

    /// <summary>Object types and interfaces with a resolvable key.</summary>
    public HashSet<string> EntityTypes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>SDL-first: the federation definitions (named as the module's <c>@link</c> says), <c>_Entity</c> and the new Query fields.</summary>
    public IEnumerable<string> DeriveDocuments(IReadOnlyList<string> documents)
    {
        if (ComposedDirectives.Count > 0)
        {
            throw new SchemaException("AddComposedDirective is for schemas built from C# types; SDL links and composes its directives itself (@link, @composeDirective).");
        }

        var subgraph = SubgraphDocuments.Parse(documents);
        Sdl = subgraph.PrintSdl();
        Link = subgraph.Link;
        EntityTypes = [.. subgraph.EntityTypes, .. subgraph.EntityInterfaces];
        yield return FederationElements.LinkSdl(subgraph.DefinedDirectives, subgraph.DefinedTypes);
        yield return FederationElements.DefinitionsSdl(subgraph.Link, subgraph.DefinedDirectives, subgraph.DefinedTypes);
        if (!subgraph.DefinedTypes.Contains("_Any"))
        {
            yield return "scalar _Any";
        }

        if (!subgraph.DefinedTypes.Contains("_Service"))
        {
            yield return "type _Service { sdl: String }";
        }

        foreach (var (name, isInterface) in subgraph.ExtendedOnly)
        {
            if (name != subgraph.QueryTypeName)
            {
                yield return (isInterface ? "interface " : "type ") + name;
            }
        }

        if (subgraph.EntityTypes.Count > 0)
        {
            yield return $"union _Entity = {string.Join(" | ", subgraph.EntityTypes)}";
        }

        var entitiesField = subgraph.EntityTypes.Count > 0 ? "_entities(representations: [_Any!]!): [_Entity]!" : "";
        yield return $"{(subgraph.DefinesQueryType ? "extend type" : "type")} {subgraph.QueryTypeName} {{ _service: _Service! {entitiesField} }}";
    }

    public void Configure(Schema schema)
    {
        if (schema.QueryType is not { } query || !query.Fields.TryGetValue("_service", out var service))
        {
            throw new SchemaException("AddFederation(): the schema has no Query._service field.");
        }

        FieldSetValidation.Validate(schema, Link);
        service.Resolver = _ => new Dictionary<string, object?> { ["sdl"] = Sdl };
        if (query.Fields.TryGetValue("_entities", out var entities) && schema.GetType("_Entity") is UnionType entityUnion)
        {
            var resolver = new EntitiesResolver(schema, EntityTypes, ReferenceResolvers);
            entities.Resolver = resolver.Resolve;
            entityUnion.ResolveType = resolver.ResolveType;
        }
    }
}
