using Platform.GraphQL.DataLoader;
using static Platform.Federation.Subgraphs.Benchmark.BenchmarkData;

namespace Platform.Federation.Subgraphs.Benchmark;

/// <summary>
/// The benchmark's reviews subgraph: owns <c>Review</c>, adds <c>reviews</c> to <c>User</c> and <c>Product</c>, and
/// provides the author's username. As in the benchmark, every review's author is user 1 and every user's reviews are
/// reviews 1 and 2.
/// </summary>
internal sealed class ReviewsSubgraph : ISubgraph
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@provides"])

        type Review @key(fields: "id") {
          id: ID!
          body: String
          product: Product
          author: User @provides(fields: "username")
        }

        type User @key(fields: "id") {
          id: ID!
          username: String @external
          reviews: [Review]
        }

        type Product @key(fields: "upc") {
          upc: String!
          reviews: [Review]
        }
        """;

    public string Name => "reviews";

    public void Configure(GraphQLServerBuilder graphQL) => graphQL
        .AddDocumentFromString(Sdl)
        .AddResolver("User", "reviews", _ => Reviews.Take(2).Select(ToMap).ToList())
        .AddResolver("Product", "reviews", context => ProductReviewsAsync(context))
        .AddReferenceResolver("Review", (representation, _) =>
            ReviewsById.TryGetValue(Representations.Id(representation, "id"), out var review) ? ToMap(review) : null)
        .AddReferenceResolver("User", (representation, _) =>
            new Dictionary<string, object?> { ["id"] = Representations.Id(representation, "id") })
        .AddReferenceResolver("Product", (representation, _) =>
            new Dictionary<string, object?> { ["upc"] = Representations.Id(representation, "upc") });

    private static async Task<object?> ProductReviewsAsync(Platform.GraphQL.Execution.IResolveFieldContext context)
    {
        var upc = (string)((Dictionary<string, object?>)context.Source!)["upc"]!;
        var reviews = await context.GroupLoader<string, Review>("reviewsByProduct", (upcs, _) =>
                Task.FromResult(Reviews.Where(review => upcs.Contains(review.ProductUpc)).ToLookup(review => review.ProductUpc)))
            .LoadAsync(upc);
        return reviews.Select(ToMap).ToList();
    }

    private static Dictionary<string, object?> ToMap(Review review) => new()
    {
        ["id"] = review.Id,
        ["body"] = review.Body,
        ["product"] = new Dictionary<string, object?> { ["upc"] = review.ProductUpc },
        ["author"] = new Dictionary<string, object?> { ["id"] = Author.Id, ["username"] = Author.Username },
    };
}
