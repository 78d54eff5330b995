using Platform.GraphQL;
using static Platform.Federation.Subgraphs.Features.FeaturesData;

namespace Platform.Federation.Subgraphs.Features;

/// <summary>
/// The features set's ratings: adds <c>rating</c> and <c>reviews(first, minStars)</c> to every <c>Media</c> through
/// <c>@interfaceObject</c>, without knowing books from movies. Reviews point at catalog authors. Movie m2's rating
/// fails (a nullable field's error).
/// </summary>
internal sealed class RatingsSubgraph : ISubgraph
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@interfaceObject"])

        type Media @key(fields: "id") @interfaceObject {
          id: ID!
          rating: Int
          reviews(first: Int = 2, minStars: Int = 1): [Review!]!
        }

        type Review {
          id: ID!
          stars: Int!
          text: String!
          author: Author
        }

        type Author @key(fields: "id", resolvable: false) {
          id: ID!
        }
        """;

    public string Name => "ratings";

    public void Configure(GraphQLServerBuilder graphQL) => graphQL
        .AddDocumentFromString(Sdl)
        .AddResolver("Media", "rating", context =>
        {
            var id = MediaId(context.Source);
            if (id == MovieWithoutRating)
            {
                throw new GraphQLError($"Ratings for {id} are being recomputed.");
            }

            var reviews = ReviewsOf(id);
            return reviews.Count == 0 ? null : reviews.Sum(review => review.Stars) * 10 / reviews.Count;
        })
        .AddResolver("Media", "reviews", context =>
        {
            var first = context.Arguments["first"] as int? ?? int.MaxValue;
            var minStars = context.Arguments["minStars"] as int? ?? 1;
            if (first < 0)
            {
                throw new GraphQLError($"first cannot be negative ({first}).");
            }

            return ReviewsOf(MediaId(context.Source))
                .Where(review => review.Stars >= minStars)
                .Take(first)
                .Select(review => new Dictionary<string, object?>
                {
                    ["id"] = review.Id,
                    ["stars"] = review.Stars,
                    ["text"] = review.Text,
                    ["author"] = new Dictionary<string, object?> { ["id"] = review.AuthorId },
                })
                .ToList();
        })
        .AddReferenceResolver("Media", (representation, _) =>
        {
            var id = Representations.Id(representation, "id");
            return MediaOrder.Contains(id) ? new Dictionary<string, object?> { ["id"] = id } : null;
        });

    private static string MediaId(object? source) => (string)((Dictionary<string, object?>)source!)["id"]!;
}
