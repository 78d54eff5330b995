namespace Platform.Federation.Subgraphs.Benchmark;

/// <summary>
/// The data of the Guild's federation gateway benchmark (graphql-hive/graphql-gateways-benchmark, subgraphs/*.rs):
/// six users, nine products with their stock, eleven reviews on products 1–4.
/// </summary>
internal static class BenchmarkData
{
    public static readonly IReadOnlyList<User> Users =
    [
        new("1", "Uri Goldshtein", "urigo", 1234567890),
        new("2", "Dotan Simha", "dotansimha", 1234567890),
        new("3", "Kamil Kisiela", "kamilkisiela", 1234567890),
        new("4", "Arda Tanrikulu", "ardatan", 1234567890),
        new("5", "Gil Gardosh", "gilgardosh", 1234567890),
        new("6", "Laurin Quast", "laurin", 1234567890),
    ];

    public static readonly IReadOnlyList<Product> Products =
    [
        new("1", "Table", 899, 100, true),
        new("2", "Couch", 1299, 1000, false),
        new("3", "Glass", 15, 20, false),
        new("4", "Chair", 499, 100, false),
        new("5", "TV", 1299, 1000, true),
        new("6", "Lamp", 6999, 300, true),
        new("7", "Grill", 3999, 2000, true),
        new("8", "Fridge", 100000, 6000, false),
        new("9", "Sofa", 9999, 800, true),
    ];

    public static readonly IReadOnlyList<Review> Reviews =
    [
        new("1", LoremIpsum, "1"),
        new("2", SedUtPerspiciatis, "1"),
        new("3", SedQuiaConsequuntur, "1"),
        new("4", UtEnimAdMinima, "1"),
        new("5", LoremIpsum, "2"),
        new("6", SedUtPerspiciatis, "2"),
        new("7", SedQuiaConsequuntur, "2"),
        new("8", UtEnimAdMinima, "2"),
        new("9", UtEnimAdMinima, "3"),
        new("10", UtEnimAdMinima, "4"),
        new("11", AtVeroEos, "4"),
    ];

    /// <summary>The benchmark's review author: every review is by user 1, whose username the reviews subgraph provides.</summary>
    public static readonly User Author = Users[0];

    public static readonly IReadOnlyDictionary<string, User> UsersById = Users.ToDictionary(user => user.Id);

    public static readonly IReadOnlyDictionary<string, Product> ProductsByUpc = Products.ToDictionary(product => product.Upc);

    public static readonly IReadOnlyDictionary<string, Review> ReviewsById = Reviews.ToDictionary(review => review.Id);

    private const string LoremIpsum = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.";
    private const string SedUtPerspiciatis = "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto beatae vitae dicta sunt explicabo. Nemo enim ipsam voluptatem quia voluptas sit aspernatur aut odit aut fugi";
    private const string SedQuiaConsequuntur = "sed quia consequuntur magni dolores eos qui ratione voluptatem sequi nesciunt. Neque porro quisquam est, qui dolorem ipsum quia dolor sit amet, consectetur, adipisci velit, sed quia non numquam eius modi tempora incidunt ut labore et dolore magnam aliquam quaerat voluptatem.";
    private const string UtEnimAdMinima = "Ut enim ad minima veniam, quis nostrum exercitationem ullam corporis suscipit laboriosam, nisi ut aliquid ex ea commodi consequatur? Quis autem";
    private const string AtVeroEos = "At vero eos et accusamus et iusto odio dignissimos ducimus qui blanditiis praesentium voluptatum deleniti atque corrupti quos dolores et quas molestias excepturi sint occaecati cupiditate non provident, similique sunt in culpa qui officia deserunt mollitia animi, id est laborum et dolorum fuga. Et harum quidem rerum facilis est et expedita distinctio. Nam libero tempore, cum soluta nobis est eligendi optio cumque nihil impedit quo minus id quod maxime placeat facere possimus, omnis voluptas assumenda est, omnis dolor repellendus. Temporibus autem quibusdam et aut officiis debitis aut rerum necessitatibus saepe eveniet ut et voluptates repudiandae sint et molestiae non recusandae. Itaque earum rerum hic tenetur a sapiente delectus, ut aut reiciendis voluptatibus maiores alias consequatur aut perferendis doloribus asperiores repellat.";

    internal sealed record User(string Id, string Name, string Username, int Birthday);

    internal sealed record Product(string Upc, string Name, int Price, int Weight, bool InStock);

    internal sealed record Review(string Id, string Body, string ProductUpc);
}
