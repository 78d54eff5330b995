using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation;

/// <summary>
/// One server's federation state: the reference resolvers, and the subgraph SDL captured when the schema is built.
/// Adds the federation definitions and <c>_service</c> / <c>_entities</c> beside the module's own documents.
/// </summary>
internal sealed class FederationRegistration
{
    private string _sdl = "";

    public Dictionary<string, ReferenceResolver> ReferenceResolvers { get; } = new(StringComparer.Ordinal);

    public IEnumerable<string> DeriveDocuments(IReadOnlyList<string> documents)
    {
        _sdl = SubgraphDocuments.PrintSdl(documents);
        var document = Parser.Parse(string.Join("\n", documents));
        var entities = SubgraphDocuments.EntityTypeNames(document);
        var queryKeyword = SubgraphDocuments.DefinesQueryType(document) ? "extend type" : "type";
        var entitiesField = entities.Count > 0 ? "_entities(representations: [_Any!]!): [_Entity]!" : "";
        yield return FederationDefinitions.Sdl;
        if (entities.Count > 0)
        {
            yield return $"union _Entity = {string.Join(" | ", entities)}";
        }

        yield return $"{queryKeyword} Query {{ _service: _Service! {entitiesField} }}";
    }

    public void Configure(Schema schema)
    {
        if (schema.QueryType is not { } query || !query.Fields.TryGetValue("_service", out var service))
        {
            throw new SchemaException("AddFederation() supports schemas built from SDL documents (AddDocumentFromString) only.");
        }

        service.Resolver = _ => new Dictionary<string, object?> { ["sdl"] = _sdl };
        if (query.Fields.TryGetValue("_entities", out var entities) && schema.GetType("_Entity") is UnionType entityUnion)
        {
            var resolver = new EntitiesResolver(ReferenceResolvers);
            entities.Resolver = resolver.Resolve;
            entityUnion.ResolveType = resolver.ResolveType;
        }
    }
}
