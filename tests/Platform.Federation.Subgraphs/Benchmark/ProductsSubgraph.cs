using Platform.GraphQL.DataLoader;
using static Platform.Federation.Subgraphs.Benchmark.BenchmarkData;

namespace Platform.Federation.Subgraphs.Benchmark;

/// <summary>The benchmark's products subgraph: owns <c>Product</c> (name, price, weight) and <c>Query.topProducts</c>.</summary>
internal sealed class ProductsSubgraph : ISubgraph
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type Query {
          topProducts(first: Int = 5): [Product]
        }

        type Product @key(fields: "upc") {
          upc: String!
          name: String
          price: Int
          weight: Int
        }
        """;

    public string Name => "products";

    public void Configure(GraphQLServerBuilder graphQL) => graphQL
        .AddDocumentFromString(Sdl)
        .AddResolver("Query", "topProducts", context =>
            Products.Take(context.Arguments["first"] is int first ? first : 5).Select(ToMap).ToList())
        .AddReferenceResolver("Product", (representation, context) =>
            context.BatchLoader<string, Dictionary<string, object?>>("productsByUpc", (upcs, _) =>
                Task.FromResult<IReadOnlyDictionary<string, Dictionary<string, object?>>>(upcs
                    .Where(ProductsByUpc.ContainsKey)
                    .Distinct()
                    .ToDictionary(upc => upc, upc => ToMap(ProductsByUpc[upc]))))
            .LoadAsync(Representations.Id(representation, "upc")));

    private static Dictionary<string, object?> ToMap(Product product) => new()
    {
        ["upc"] = product.Upc,
        ["name"] = product.Name,
        ["price"] = product.Price,
        ["weight"] = product.Weight,
    };
}
