using Platform.Federation.Subgraphs.Benchmark;
using Platform.Federation.Subgraphs.Features;

namespace Platform.Federation.Subgraphs;

/// <summary>The subgraph sets the program serves, in port order (the first on the port base, the next on base + 1, …).</summary>
internal static class SubgraphSets
{
    public static IReadOnlyList<string> Names { get; } = ["benchmark", "features"];

    public static IReadOnlyList<ISubgraph> Get(string name) => name switch
    {
        "benchmark" => [new AccountsSubgraph(), new InventorySubgraph(), new ProductsSubgraph(), new ReviewsSubgraph()],
        "features" => [new CatalogSubgraph(), new ShopSubgraph(), new RatingsSubgraph()],
        _ => throw new ArgumentException($"Unknown subgraph set \"{name}\"; expected one of: {string.Join(", ", Names)}."),
    };
}
