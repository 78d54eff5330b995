using Platform.GraphQL.DataLoader;
using static Platform.Federation.Subgraphs.Benchmark.BenchmarkData;

namespace Platform.Federation.Subgraphs.Benchmark;

/// <summary>
/// The benchmark's inventory subgraph: adds <c>inStock</c> and <c>shippingEstimate</c> to <c>Product</c>; the
/// estimate <c>@requires</c> the price and weight the products subgraph owns and reads them from the representation.
/// </summary>
internal sealed class InventorySubgraph : ISubgraph
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])

        type Product @key(fields: "upc") {
          upc: String!
          weight: Int @external
          price: Int @external
          inStock: Boolean
          shippingEstimate: Int @requires(fields: "price weight")
        }
        """;

    public string Name => "inventory";

    public void Configure(GraphQLServerBuilder graphQL) => graphQL
        .AddDocumentFromString(Sdl)
        .AddResolver("Product", "shippingEstimate", context => ShippingEstimate((Dictionary<string, object?>)context.Source!))
        .AddReferenceResolver("Product", LoadAsync);

    private static async Task<object?> LoadAsync(IReadOnlyDictionary<string, object?> representation, Platform.GraphQL.Execution.IResolveFieldContext context)
    {
        var upc = Representations.Id(representation, "upc");
        var inStock = await context.BatchLoader<string, bool>("stockByUpc", (upcs, _) =>
                Task.FromResult<IReadOnlyDictionary<string, bool>>(upcs
                    .Where(ProductsByUpc.ContainsKey)
                    .Distinct()
                    .ToDictionary(key => key, key => ProductsByUpc[key].InStock)))
            .LoadAsync(upc);
        if (!ProductsByUpc.ContainsKey(upc))
        {
            return null;
        }

        return new Dictionary<string, object?>
        {
            ["upc"] = upc,
            ["inStock"] = inStock,
            ["price"] = Representations.Int(representation, "price"),
            ["weight"] = Representations.Int(representation, "weight"),
        };
    }

    /// <summary>Free above a price of 1000, else half the weight; unknown without both.</summary>
    private static long? ShippingEstimate(Dictionary<string, object?> product) =>
        (product["price"], product["weight"]) switch
        {
            (long price, _) when price > 1000 => 0,
            (long, long weight) => weight / 2,
            _ => null,
        };
}
