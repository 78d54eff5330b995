using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.DataLoader;

namespace Platform.GraphQL.Federation.Tests;

public sealed class SubgraphTests
{
    private const string ProductsSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@tag"])
        type Query { topProducts: [Product] }
        type Product @key(fields: "upc") @key(fields: "sku") {
          upc: String!
          sku: String!
          name: String @shareable
          price: Int @tag(name: "public")
        }
        type Variation @key(fields: "product { upc } id") { id: ID! product: Product! }
        type User @key(fields: "id", resolvable: false) { id: ID! }
        """;

    private static readonly Dictionary<string, (string Sku, string Name, int Price)> Products = new()
    {
        ["1"] = ("S1", "Table", 899),
        ["2"] = ("S2", "Couch", 1299),
        ["3"] = ("S3", "Chair", 54),
    };

    [Fact]
    public async Task Service_sdl_is_the_module_sdl_with_federation_directives_and_without_added_fields()
    {
        await using var host = await StartProductsAsync(new List<int>());

        var result = await host.QueryAsync("{ _service { sdl } }");

        const string expected = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@tag"])

            type Query {
              topProducts: [Product]
            }

            type Product @key(fields: "upc") @key(fields: "sku") {
              upc: String!
              sku: String!
              name: String @shareable
              price: Int @tag(name: "public")
            }

            type Variation @key(fields: "product { upc } id") {
              id: ID!
              product: Product!
            }

            type User @key(fields: "id", resolvable: false) {
              id: ID!
            }
            """;
        Assert.Equal(expected, result.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString());
    }

    [Fact]
    public async Task Entity_union_holds_only_types_with_a_resolvable_key()
    {
        await using var host = await StartProductsAsync(new List<int>());

        var result = await host.QueryAsync("{ __type(name: \"_Entity\") { possibleTypes { name } } }");

        var names = result.GetProperty("data").GetProperty("__type").GetProperty("possibleTypes").EnumerateArray()
            .Select(type => type.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["Product", "Variation"], names);
    }

    [Fact]
    public async Task Entities_are_resolved_in_representation_order_with_one_dataloader_batch()
    {
        var batches = new List<int>();
        await using var host = await StartProductsAsync(batches);

        var result = await host.QueryAsync(
            """
            query ($representations: [_Any!]!) {
              _entities(representations: $representations) {
                __typename
                ... on Product { upc name price }
                ... on Variation { id product { upc } }
              }
            }
            """,
            new
            {
                representations = new object[]
                {
                    new { __typename = "Product", upc = "3" },
                    new { __typename = "Variation", id = "v1", product = new { upc = "2" } },
                    new { __typename = "Product", upc = "1" },
                    new { __typename = "Product", upc = "2" },
                },
            });

        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        var entities = result.GetProperty("data").GetProperty("_entities");
        Assert.Equal(
            """[{"__typename":"Product","upc":"3","name":"Chair","price":54},{"__typename":"Variation","id":"v1","product":{"upc":"2"}},{"__typename":"Product","upc":"1","name":"Table","price":899},{"__typename":"Product","upc":"2","name":"Couch","price":1299}]""",
            JsonSerializer.Serialize(entities));
        Assert.Equal([3], batches);
    }

    [Fact]
    public async Task Unknown_typename_gives_null_and_an_error_at_its_position()
    {
        await using var host = await StartProductsAsync(new List<int>());

        var result = await host.QueryAsync(
            "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { name } } }",
            new { r = new object[] { new { __typename = "Product", upc = "1" }, new { __typename = "Review", id = "9" } } });

        var entities = result.GetProperty("data").GetProperty("_entities");
        Assert.Equal("Table", entities[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, entities[1].ValueKind);
        var error = result.GetProperty("errors")[0];
        Assert.Contains("\"Review\"", error.GetProperty("message").GetString());
        Assert.Equal("""["_entities",1]""", JsonSerializer.Serialize(error.GetProperty("path")));
    }

    [Fact]
    public async Task Without_a_resolvable_key_there_is_no_entity_union_nor_entities_field()
    {
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
                type Query { me: User }
                type User @key(fields: "id", resolvable: false) { id: ID! }
                """)
            .AddFederation());

        var result = await host.QueryAsync(
            "{ entity: __type(name: \"_Entity\") { name } query: __type(name: \"Query\") { fields { name } } _service { sdl } }");

        var data = result.GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("entity").ValueKind);
        var fields = data.GetProperty("query").GetProperty("fields").EnumerateArray().Select(field => field.GetProperty("name").GetString()!);
        Assert.Equal(["me", "_service"], fields);
        Assert.DoesNotContain("_service", data.GetProperty("_service").GetProperty("sdl").GetString());
    }

    [Fact]
    public async Task Reference_resolvers_may_return_a_value_task_of_the_entity()
    {
        await using var host = await SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("""
                type Query { me: User }
                type User @key(fields: "id") { id: ID! name: String }
                """)
            .AddFederation()
            .AddReferenceResolver("User", (representation, _) =>
                ValueTask.FromResult(new User((string)representation["id"]!, "Ada"))));

        var result = await host.QueryAsync(
            "query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on User { id name } } }",
            new { r = new object[] { new { __typename = "User", id = "7" } } });

        Assert.Equal(
            """[{"__typename":"User","id":"7","name":"Ada"}]""",
            JsonSerializer.Serialize(result.GetProperty("data").GetProperty("_entities")));
    }

    private static Task<SubgraphHost> StartProductsAsync(List<int> batches) =>
        SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString(ProductsSdl)
            .AddFederation()
            .AddReferenceResolver("Product", (representation, context) =>
                context.BatchLoader<string, Dictionary<string, object?>>("products", (keys, _) =>
                {
                    lock (batches)
                    {
                        batches.Add(keys.Count);
                    }

                    return Task.FromResult<IReadOnlyDictionary<string, Dictionary<string, object?>>>(keys.ToDictionary(
                        key => key,
                        key => new Dictionary<string, object?> { ["upc"] = key, ["sku"] = Products[key].Sku, ["name"] = Products[key].Name, ["price"] = Products[key].Price }));
                }).LoadAsync((string)representation["upc"]!))
            .AddReferenceResolver("Variation", (representation, _) => new Dictionary<string, object?>
            {
                ["id"] = representation["id"],
                ["product"] = representation["product"],
            }));

    private sealed record User(string Id, string Name);
}
