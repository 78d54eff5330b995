using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Federation.Composition;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation.Tests.Composition;

/// <summary>Composition of the SDL our own subgraphs serve at <c>_service { sdl }</c>.</summary>
public sealed class ServedSdlCompositionTests
{
    private const string ProductsSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
        type Query { topProducts: [Product] }
        type Product @key(fields: "upc") { upc: String! name: String @shareable price: Int }
        """;

    private const string ReviewsSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])
        type Query { latestReviews: [Review] }
        type Review { body: String! product: Product }
        type Product @key(fields: "upc") { upc: String! price: Int @external reviews: [Review] expensive: Boolean @requires(fields: "price") }
        """;

    [Fact]
    public async Task Sdl_served_by_federation_subgraphs_composes()
    {
        await using var products = await StartAsync(ProductsSdl, "Product");
        await using var reviews = await StartAsync(ReviewsSdl, "Product");

        var supergraph = Compose.Succeeds(("products", await ServedSdlAsync(products)), ("reviews", await ServedSdlAsync(reviews)));

        Assert.Equal(["products", "reviews"], supergraph.Types["Product"].Keys.Select(k => k.Subgraph));
        Assert.Equal("price", supergraph.Types["Product"].Fields["expensive"].Sources.Single().Requires?.Source);
        var printed = SchemaPrinter.Print(supergraph.ApiSchema);
        Assert.Contains("type Product {\n  upc: String!\n  name: String\n  price: Int\n  reviews: [Review]\n  expensive: Boolean\n}", printed);
        Assert.DoesNotContain("_service", printed);
    }

    private static Task<SubgraphHost> StartAsync(string sdl, string entity) =>
        SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString(sdl)
            .AddFederation()
            .AddReferenceResolver(entity, (representation, _) => new Dictionary<string, object?> { ["upc"] = representation["upc"] }));

    private static async Task<string> ServedSdlAsync(SubgraphHost host)
    {
        var result = await host.QueryAsync("{ _service { sdl } }");
        return result.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString()!;
    }
}
