using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation.Tests;

/// <summary>SDL-first subgraphs that name the federation directives through <c>@link</c>: imports, renames, namespaces.</summary>
public sealed class LinkTests
{
    [Fact]
    public async Task A_renamed_key_import_makes_entities_under_its_new_name()
    {
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [{ name: "@key", as: "@primaryKey" }, "@shareable"])
                type Query { product: Product }
                type Product @primaryKey(fields: "id") { id: ID! name: String @shareable }
                """)
            .AddFederation()
            .AddReferenceResolver("Product", (representation, _) =>
                new Dictionary<string, object?> { ["id"] = representation["id"], ["name"] = "Table " + representation["id"] }));

        var entities = await host.EntitiesAsync("... on Product { id name }", new { __typename = "Product", id = "7" });

        Assert.Equal("""{"data":{"_entities":[{"id":"7","name":"Table 7"}]}}""", JsonSerializer.Serialize(entities));
        Assert.Contains("type Product @primaryKey(fields: \"id\")", await host.ServiceSdlAsync());
    }

    [Theory]
    [InlineData("", "federation__key")]
    [InlineData(", as: \"fed\"", "fed__key")]
    public async Task Directives_that_are_not_imported_are_used_under_the_namespace(string alias, string keyName)
    {
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString($$"""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.3"{{alias}})
                type Query { user: User }
                type User @{{keyName}}(fields: "id") { id: ID! }
                """)
            .AddFederation());

        var result = await host.QueryAsync("{ __type(name: \"_Entity\") { possibleTypes { name } } }");

        Assert.Equal("""{"possibleTypes":[{"name":"User"}]}""", JsonSerializer.Serialize(result.GetProperty("data").GetProperty("__type")));
    }

    [Fact]
    public async Task A_federation_directive_neither_imported_nor_namespaced_fails_startup()
    {
        var error = await Assert.ThrowsAsync<SchemaException>(() => SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", as: "fed")
                type Query { user: User }
                type User @key(fields: "id") { id: ID! }
                """)
            .AddFederation()));

        Assert.Contains("Unknown directive \"@key\"", error.Message);
    }

    [Fact]
    public async Task Importing_what_the_linked_version_does_not_define_fails_startup()
    {
        var error = await Assert.ThrowsAsync<SchemaException>(() => SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key", "@interfaceObject"])
                type Query { user: User }
                type User @key(fields: "id") { id: ID! }
                """)
            .AddFederation()));

        Assert.Contains("\"@interfaceObject\", which federation v2.0 does not define", error.Message);
    }

    [Theory]
    [InlineData("@link(url: \"https://specs.apollo.dev/federation/v2\")", "has no version of the form v2.x")]
    [InlineData("@link(url: \"https://specs.apollo.dev/federation/v2.3\") @link(url: \"https://specs.apollo.dev/federation/v2.0\")", "links the federation spec more than once")]
    [InlineData("@link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [{ name: \"@key\", as: \"Key\" }])", "a directive must be renamed to a directive")]
    [InlineData("@link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [{ as: \"@k\" }])", "has no \"name\"")]
    [InlineData("@link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@keys\"])", "imports \"@keys\", which federation v2.3 does not define")]
    public async Task A_malformed_federation_link_fails_startup_saying_what_is_wrong(string link, string expected)
    {
        var error = await Assert.ThrowsAsync<SchemaException>(() => SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString($"extend schema {link}\ntype Query {{ a: String }}")
            .AddFederation()));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task An_entity_interface_resolves_its_representation_to_the_object_type_the_reference_resolver_loads()
    {
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
                type Query { media: [Media] }
                interface Media @key(fields: "id") { id: ID! title: String }
                type Book implements Media @key(fields: "id") { id: ID! title: String pages: Int }
                type Film implements Media @key(fields: "id") { id: ID! title: String minutes: Int }
                """)
            .AddFederation()
            .AddReferenceResolver("Media", (representation, _) => (string)representation["id"]! switch
            {
                "b1" => new Dictionary<string, object?> { ["__typename"] = "Book", ["id"] = "b1", ["title"] = "Dune", ["pages"] = 412 },
                "f1" => new Dictionary<string, object?> { ["__typename"] = "Film", ["id"] = "f1", ["title"] = "Alien", ["minutes"] = 117 },
                _ => null,
            }));

        var entities = await host.EntitiesAsync(
            "__typename ... on Media { id title } ... on Book { pages } ... on Film { minutes }",
            new { __typename = "Media", id = "f1" },
            new { __typename = "Media", id = "b1" },
            new { __typename = "Media", id = "none" });

        Assert.Equal(
            """{"data":{"_entities":[{"__typename":"Film","id":"f1","title":"Alien","minutes":117},{"__typename":"Book","id":"b1","title":"Dune","pages":412},null]}}""",
            JsonSerializer.Serialize(entities));
    }

    [Fact]
    public async Task Extended_only_entities_and_interface_objects_resolve_from_their_representation_without_a_resolver()
    {
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@interfaceObject"])
                extend type Query { ping: String }
                extend type User @key(fields: "email") { email: ID! @external }
                type Inventory @interfaceObject @key(fields: "id") { id: ID! owner: User }
                """)
            .AddFederation());

        var entities = await host.EntitiesAsync(
            "__typename ... on User { email } ... on Inventory { id }",
            new { __typename = "Inventory", id = "oss" },
            new { __typename = "User", email = "ada@example.org" });

        Assert.Equal(
            """{"data":{"_entities":[{"__typename":"Inventory","id":"oss"},{"__typename":"User","email":"ada@example.org"}]}}""",
            JsonSerializer.Serialize(entities));
        Assert.Contains("extend type User @key(fields: \"email\")", await host.ServiceSdlAsync());
    }

    [Fact]
    public async Task Composed_custom_directives_keep_their_link_and_definition_in_the_service_sdl()
    {
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("""
                extend schema
                  @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@composeDirective"])
                  @link(url: "https://myspecs.dev/myCustomDirective/v1.0", import: ["@custom"])
                  @composeDirective(name: "@custom")
                directive @custom on OBJECT
                type Query { product: Product }
                type Product @custom @key(fields: "id") { id: ID! }
                """)
            .AddFederation());

        var sdl = await host.ServiceSdlAsync();

        Assert.Contains("@link(url: \"https://myspecs.dev/myCustomDirective/v1.0\", import: [\"@custom\"])", sdl);
        Assert.Contains("@composeDirective(name: \"@custom\")", sdl);
        Assert.Contains("directive @custom on OBJECT", sdl);
        Assert.Contains("type Product @custom @key(fields: \"id\")", sdl);
    }

    [Fact]
    public async Task Composite_and_nested_key_representations_reach_the_resolver_intact()
    {
        var seen = new List<string>();
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
                type Query { product: Product }
                type Product @key(fields: "id") @key(fields: "sku package") @key(fields: "sku variation { id }") {
                  id: ID! sku: String package: String variation: Variation
                }
                type Variation { id: ID! }
                """)
            .AddFederation()
            .AddReferenceResolver("Product", (representation, _) =>
            {
                lock (seen)
                {
                    seen.Add(JsonSerializer.Serialize(representation));
                }

                return new Dictionary<string, object?> { ["id"] = "p1", ["sku"] = representation.GetValueOrDefault("sku") };
            }));

        await host.EntitiesAsync(
            "... on Product { id }",
            new { __typename = "Product", id = "p1" },
            new { __typename = "Product", sku = "s", package = "pkg" },
            new { __typename = "Product", sku = "s", variation = new { id = "v" } });

        Assert.Equal(
            [
                """{"__typename":"Product","id":"p1"}""",
                """{"__typename":"Product","sku":"s","package":"pkg"}""",
                """{"__typename":"Product","sku":"s","variation":{"id":"v"}}""",
            ],
            seen.Order());
    }

    [Fact]
    public async Task Sdl_with_csharp_resolver_classes_is_a_subgraph_whose_resolver_classes_may_resolve_references()
    {
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
                type Query { greeting: String }
                type Person @key(fields: "id") { id: ID! name: String }
                type Pet @key(fields: "id") { id: ID! }
                """)
            .BindResolvers<GreetingResolvers>()
            .BindResolvers<PersonResolvers>()
            .AddFederation());

        var result = await host.QueryAsync("{ greeting _service { sdl } }");
        var entities = await host.EntitiesAsync(
            "... on Person { id name } ... on Pet { id }", new { __typename = "Person", id = "7" }, new { __typename = "Pet", id = "p" });

        Assert.Equal("hello", result.GetProperty("data").GetProperty("greeting").GetString());
        Assert.Contains("type Person @key(fields: \"id\")", result.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString());
        Assert.Equal("""{"data":{"_entities":[{"id":"7","name":"Person 7"},{"id":"p"}]}}""", JsonSerializer.Serialize(entities));
    }

    [Fact]
    public async Task Field_sets_that_do_not_parse_or_select_missing_fields_fail_startup_with_every_error()
    {
        var error = await Assert.ThrowsAsync<SchemaException>(() => SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [{ name: "@key", as: "@id" }, "@requires", "@provides", "@external"])
                type Query { product: Product }
                type Product @id(fields: "upc nope") @id(fields: "upc {") {
                  upc: String!
                  weight: Int @external
                  shipping: Int @requires(fields: "weight size")
                  maker: Maker @provides(fields: "name")
                }
                type Maker @id(fields: "id") { id: ID! }
                """)
            .AddFederation()));

        Assert.Contains("The @id on Product (fields: \"upc nope\") selects \"nope\", which Product does not have.", error.Message);
        Assert.Contains("The @id on Product has fields \"upc {\" that do not parse", error.Message);
        Assert.Contains("The @requires on Product.shipping (fields: \"weight size\") selects \"size\"", error.Message);
        Assert.Contains("The @provides on Product.maker (fields: \"name\") selects \"name\", which Maker does not have.", error.Message);
    }

    [Fact]
    public async Task Sdl_that_defines_federation_types_and_directives_itself_keeps_its_own_definitions()
    {
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("""
                scalar _Any
                scalar _FieldSet
                type _Service { sdl: String }
                directive @key(fields: _FieldSet!) repeatable on OBJECT | INTERFACE
                directive @external on FIELD_DEFINITION
                type Query { me: User }
                type User @key(fields: "id") { id: ID! }
                """)
            .AddFederation());

        var entities = await host.EntitiesAsync("... on User { id }", new { __typename = "User", id = "u1" });
        var service = await host.QueryAsync("{ __type(name: \"_Service\") { fields { name } } }");

        Assert.Equal("""{"data":{"_entities":[{"id":"u1"}]}}""", JsonSerializer.Serialize(entities));
        Assert.Equal("""[{"name":"sdl"}]""", JsonSerializer.Serialize(service.GetProperty("data").GetProperty("__type").GetProperty("fields")));
        Assert.Contains("directive @key(fields: _FieldSet!) repeatable on OBJECT | INTERFACE", await host.ServiceSdlAsync());
    }

    [Fact]
    public async Task A_query_root_of_another_name_gets_the_federation_fields()
    {
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("""
                schema { query: RootQuery }
                type RootQuery { me: User }
                type User @key(fields: "id") { id: ID! }
                """)
            .AddFederation());

        var entities = await host.EntitiesAsync("__typename ... on User { id }", new { __typename = "User", id = "u1" });

        Assert.Equal("""{"data":{"_entities":[{"__typename":"User","id":"u1"}]}}""", JsonSerializer.Serialize(entities));
        Assert.StartsWith("schema {\n  query: RootQuery\n}", await host.ServiceSdlAsync());
    }

    [GraphQLType("Query")]
    public sealed class GreetingResolvers
    {
        public string Greeting => "hello";
    }

    [GraphQLType("Person")]
    public sealed class PersonResolvers
    {
        public static Dictionary<string, object?> ResolveReference(string id) => new() { ["id"] = id, ["name"] = "Person " + id };
    }
}
