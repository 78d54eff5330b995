using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Federation.Tests.ClrTypes;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation.Tests;

/// <summary>Subgraphs built from C# types: federation attributes, ResolveReference conventions, the printed subgraph SDL.</summary>
public sealed class ClrSubgraphTests
{
    [Fact]
    public async Task Service_sdl_links_federation_and_prints_the_attributes_as_directives()
    {
        await using var host = await StartAsync();

        var sdl = await host.ServiceSdlAsync();

        var schemaExtension = sdl[..sdl.IndexOf("\n\n", StringComparison.Ordinal)];
        Assert.StartsWith("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [", schemaExtension);
        var imports = schemaExtension[schemaExtension.IndexOf('[')..schemaExtension.IndexOf(']')].Split('"').Where(part => part.StartsWith('@'));
        Assert.Equal(
            ["@composeDirective", "@external", "@inaccessible", "@interfaceObject", "@key", "@override", "@provides", "@requires", "@shareable", "@tag"],
            imports.Order(StringComparer.Ordinal));
        Assert.EndsWith(
            "]) @link(url: \"https://myspecs.dev/myCustomDirective/v1.0\", import: [\"@custom\"]) @composeDirective(name: \"@custom\")",
            schemaExtension);
        Assert.Contains("\n\ndirective @custom on OBJECT\n\ntype Query {\n  product(id: String!): Product\n", sdl);
        Assert.Contains("type Product @custom @key(fields: \"id\") @key(fields: \"sku package\") {", sdl);
        Assert.Contains("name: String @shareable", sdl);
        Assert.Contains("notes: String @tag(name: \"internal\") @inaccessible", sdl);
        Assert.Contains("createdBy: User! @provides(fields: \"totalProductsCreated\")", sdl);
        Assert.Contains("type User @key(fields: \"email\") {\n  email: ID!\n  totalProductsCreated: Int @external", sdl);
        Assert.Contains("name: String! @override(from: \"users\")", sdl);
        Assert.Contains("averageProductsCreatedPerYear: Int @requires(fields: \"totalProductsCreated yearsOfEmployment\")", sdl);
        Assert.Contains("interface Inventory @key(fields: \"id\")", sdl);
        Assert.Contains("type Media @key(fields: \"id\") @interfaceObject", sdl);
        Assert.DoesNotContain("_service", sdl);
        Assert.DoesNotContain("resolveReference", sdl, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Service_sdl_is_valid_subgraph_sdl_for_the_sdl_first_path()
    {
        await using var clr = await StartAsync();
        var sdl = await clr.ServiceSdlAsync();

        await using var sdlFirst = await SubgraphHost.StartAsync(graphQL => graphQL.AddDocumentFromString(sdl).AddFederation());
        var entity = await sdlFirst.QueryAsync("{ __type(name: \"_Entity\") { possibleTypes { name } } }");

        var names = entity.GetProperty("data").GetProperty("__type").GetProperty("possibleTypes").EnumerateArray()
            .Select(type => type.GetProperty("name").GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(["Media", "OpenSourceInventory", "Product", "ProductResearch", "Review", "User"], names);
    }

    [Fact]
    public async Task Static_reference_resolvers_bind_key_fields_services_and_the_cancellation_token()
    {
        await using var host = await StartAsync();

        var entities = await host.EntitiesAsync(
            "__typename ... on Product { id name } ... on User { email averageProductsCreatedPerYear }",
            new { __typename = "Product", id = "p2" },
            new { __typename = "Product", sku = "table", package = "wood" },
            new { __typename = "Product", id = "missing" },
            new { __typename = "User", email = "ada@example.org", totalProductsCreated = 30, yearsOfEmployment = 10 });

        Assert.Equal(
            """{"data":{"_entities":[{"__typename":"Product","id":"p2","name":"Chair"},{"__typename":"Product","id":"p1","name":"Table"},null,{"__typename":"User","email":"ada@example.org","averageProductsCreatedPerYear":3}]}}""",
            JsonSerializer.Serialize(entities));
    }

    [Fact]
    public async Task A_nested_key_binds_to_a_record_parameter()
    {
        await using var host = await StartAsync();

        var entities = await host.EntitiesAsync(
            "... on ProductResearch { study { caseNumber description } }",
            new { __typename = "ProductResearch", study = new { caseNumber = "1234" } });

        Assert.Equal("""{"data":{"_entities":[{"study":{"caseNumber":"1234","description":"Study 1234"}}]}}""", JsonSerializer.Serialize(entities));
    }

    [Fact]
    public async Task A_reference_resolver_on_a_type_extension_loads_through_one_dataloader_batch()
    {
        await using var host = await StartAsync();

        var entities = await host.EntitiesAsync(
            "... on Review { id body }",
            new { __typename = "Review", id = "r1" },
            new { __typename = "Review", id = "r2" },
            new { __typename = "Review", id = "r3" });

        Assert.Equal(
            """{"data":{"_entities":[{"id":"r1","body":"Review r1"},{"id":"r2","body":"Review r2"},{"id":"r3","body":"Review r3"}]}}""",
            JsonSerializer.Serialize(entities));
        Assert.Equal([3], host.App.Services.GetRequiredService<Catalog>().ReviewBatches);
    }

    [Fact]
    public async Task An_entity_interface_resolves_to_the_class_its_reference_resolver_returns()
    {
        await using var host = await StartAsync();

        var entities = await host.EntitiesAsync(
            "__typename ... on Inventory { id } ... on OpenSourceInventory { license } ... on Media { reviews }",
            new { __typename = "Inventory", id = "oss-1" },
            new { __typename = "Media", id = "m-12" });

        Assert.Equal(
            """{"data":{"_entities":[{"__typename":"OpenSourceInventory","id":"oss-1","license":"MIT"},{"__typename":"Media","reviews":4}]}}""",
            JsonSerializer.Serialize(entities));
    }

    [Fact]
    public async Task An_entity_without_a_reference_resolver_fails_startup_naming_it()
    {
        var error = await Assert.ThrowsAsync<SchemaException>(() => SubgraphHost.StartAsync(graphQL => graphQL
            .AddQueryType<OrphanQuery>()
            .AddFederation()));

        Assert.Contains("The entity Orphan has a resolvable key but no reference resolver", error.Message);
    }

    [Fact]
    public async Task The_engines_PageInfo_is_shareable_so_every_module_with_connections_composes()
    {
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL.AddQueryType<PagedQuery>().AddFederation());

        var sdl = await host.ServiceSdlAsync();

        Assert.Contains("type PageInfo @shareable {", sdl);
        Assert.Contains("\"@shareable\"", sdl[..sdl.IndexOf("\n\n", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task A_key_marked_not_resolvable_needs_no_reference_resolver_and_makes_no_entity()
    {
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL.AddQueryType<StubQuery>().AddFederation());

        var sdl = await host.ServiceSdlAsync();
        var entity = await host.QueryAsync("{ __type(name: \"_Entity\") { name } }");

        Assert.Contains("type Stub @key(fields: \"id\", resolvable: false)", sdl);
        Assert.Equal(JsonValueKind.Null, entity.GetProperty("data").GetProperty("__type").ValueKind);
    }

    [Fact]
    public async Task A_representation_whose_key_field_has_the_wrong_type_gets_a_clear_error_at_its_position()
    {
        await using var host = await StartAsync();

        var result = await host.EntitiesAsync(
            "... on ProductResearch { outcome } ... on Review { id }",
            new { __typename = "ProductResearch", study = "not an object" },
            new { __typename = "Review", id = "r1" });

        var error = result.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(
            "A representation of ProductResearch does not fit the parameters of ProductResearch.ResolveReference: a key field has the wrong type.",
            error.GetProperty("message").GetString());
        Assert.Equal("""["_entities",0]""", JsonSerializer.Serialize(error.GetProperty("path")));
        Assert.Equal("r1", result.GetProperty("data").GetProperty("_entities")[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_key_attribute_selecting_a_missing_field_fails_startup()
    {
        var error = await Assert.ThrowsAsync<SchemaException>(() => SubgraphHost.StartAsync(graphQL => graphQL
            .AddQueryType<BadKeyQuery>()
            .AddFederation()));

        Assert.Contains("The @key on BadKey (fields: \"code\") selects \"code\", which BadKey does not have.", error.Message);
    }

    [Fact]
    public async Task Service_sdl_keeps_descriptions_deprecations_defaults_and_enums_of_the_csharp_types()
    {
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL.AddQueryType<ShelfQuery>().AddFederation());

        var sdl = await host.ServiceSdlAsync();

        Assert.Contains(
            """"
            type Query {
              """Shelves by color."""
              shelves(color: Color! = GREEN, first: Int! = 10): [String!]!
              oldShelves: [String!]! @deprecated(reason: "Use shelves.")
            }
            """",
            sdl);
        Assert.Contains("enum Color {\n  RED @tag(name: \"warm\")\n  GREEN\n}", sdl);
    }

    private static Task<SubgraphHost> StartAsync() =>
        SubgraphHost.StartAsync(graphQL =>
        {
            graphQL.Services.AddSingleton<Catalog>();
            graphQL
                .AddQueryType<CatalogQuery>()
                .AddType<ProductResearch>()
                .AddType<Review>()
                .AddType<Media>()
                .AddTypeExtension<ReviewReferences>()
                .AddDataLoader<ReviewByIdLoader>()
                .AddFederation()
                .AddComposedDirective("https://myspecs.dev/myCustomDirective/v1.0", "directive @custom on OBJECT");
        });

    public sealed class OrphanQuery
    {
        public Orphan? Orphan => null;
    }

    [Key("id")]
    public sealed record Orphan([property: ID] string Id);

    public sealed class StubQuery
    {
        public Stub Stub => new("s1");
    }

    [Key("id", Resolvable = false)]
    public sealed record Stub([property: ID] string Id);

    public sealed class BadKeyQuery
    {
        public BadKey? BadKey => null;
    }

    [Key("code")]
    public sealed record BadKey([property: ID] string Id)
    {
        public static BadKey ResolveReference(string id) => new(id);
    }

    public sealed class ShelfQuery
    {
        [GraphQLDescription("Shelves by color.")]
        public IReadOnlyList<string> GetShelves(Color color = Color.Green, int first = 10) => [$"{color}:{first}"];

        [Obsolete("Use shelves.")]
        public IReadOnlyList<string> GetOldShelves() => [];
    }

    public enum Color
    {
        [Tag("warm")]
        Red,
        Green,
    }
}

/// <summary>A query with a Relay connection (the engine supplies <c>PageInfo</c>).</summary>
public sealed class PagedQuery
{
    public Task<Pagination.Connection<string>> GetWords(int? first, string? after) =>
        Pagination.QueryableConnectionExtensions.ToConnectionAsync(new[] { "a", "b", "c" }.AsQueryable(), first, after, null, null);
}
