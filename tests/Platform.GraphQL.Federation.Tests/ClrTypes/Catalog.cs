using Platform.GraphQL.DataLoader;

namespace Platform.GraphQL.Federation.Tests.ClrTypes;

/// <summary>The data of the C#-typed test subgraph, registered as a singleton service.</summary>
public sealed class Catalog
{
    public List<Product> Products { get; } =
    [
        new("p1", "table", "wood") { Name = "Table" },
        new("p2", "chair", "wood") { Name = "Chair" },
    ];

    public List<int> ReviewBatches { get; } = [];

    public Product? Find(string? id, string? sku, string? package) =>
        Products.FirstOrDefault(p => id is not null ? p.Id == id : p.Sku == sku && p.Package == package);
}

/// <summary>Reviews by id, one fetch per request step; records each batch's size.</summary>
public sealed class ReviewByIdLoader(DataLoaderScope scope, Catalog catalog) : BatchDataLoader<string, Review>(scope)
{
    protected override Task<IReadOnlyDictionary<string, Review>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        lock (catalog.ReviewBatches)
        {
            catalog.ReviewBatches.Add(keys.Count);
        }

        return Task.FromResult<IReadOnlyDictionary<string, Review>>(keys.ToDictionary(key => key, key => new Review(key, $"Review {key}")));
    }
}
