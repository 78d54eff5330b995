using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL;

namespace Platform.Gateway.Tests;

/// <summary>
/// Four small modules over one shop: accounts (users), products, inventory (stock, shipping that @requires price and
/// weight, a category it @overrides) and reviews (which @provides usernames and shares product names).
/// </summary>
internal static class ShopSubgraphs
{
    public const string Link = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@shareable\", \"@external\", \"@requires\", \"@provides\", \"@override\"])\n";

    public static readonly (string Id, string Name, string Username)[] Users = [("u1", "Ada Lovelace", "ada"), ("u2", "Alan Turing", "alan")];

    public static readonly (string Upc, string Name, int Price, int Weight)[] Products =
        [("1", "Table", 899, 100), ("2", "Couch", 1299, 1000), ("3", "Chair", 54, 50)];

    public static readonly (string Id, string Upc, string AuthorId, string Body)[] Reviews =
        [("r1", "1", "u1", "Love it"), ("r2", "1", "u2", "Too expensive"), ("r3", "2", "u1", "Could be better"), ("r4", "3", "u2", "Perfect")];

    public const string AccountsSdl = Link + """
        type Query { me: User users: [User!]! }
        type Mutation { rename(id: ID!, name: String!): User }
        type User @key(fields: "id") { id: ID! name: String username: String @shareable }
        """;

    public const string ProductsSdl = Link + """
        type Query { topProducts(first: Int = 5): [Product!]! product(upc: String!): Product }
        type Product @key(fields: "upc") { upc: String! name: String @shareable price: Int weight: Int category: String condition: Condition }
        enum Condition { NEW USED }
        """;

    public const string InventorySdl = Link + """
        type Product @key(fields: "upc") {
          upc: String!
          price: Int @external
          weight: Int @external
          inStock: Boolean
          shippingEstimate: Int @requires(fields: "price weight")
          category: String @override(from: "products")
        }
        """;

    public const string ReviewsSdl = Link + """
        type Query { reviewCount: Int }
        type Mutation { addReview(upc: String!, body: String!): Review }
        type Review @key(fields: "id") {
          id: ID!
          body: String
          moderationNote: String
          verifiedBody: String!
          author: User @provides(fields: "username")
          product: Product
        }
        type User @key(fields: "id") { id: ID! username: String @external reviews: [Review!]! }
        type Product @key(fields: "upc") { upc: String! name: String @shareable reviews: [Review!]! }
        """;

    /// <summary>The four modules' SDL by module name.</summary>
    public static IReadOnlyDictionary<string, string> Sdl => new Dictionary<string, string>
    {
        ["accounts"] = AccountsSdl,
        ["products"] = ProductsSdl,
        ["inventory"] = InventorySdl,
        ["reviews"] = ReviewsSdl,
    };

    /// <summary>What inventory computes from the required price and weight.</summary>
    public static int ShippingEstimate(int price, int weight) => price > 1000 ? 0 : weight / 2;

    public static bool InStock(string upc) => upc != "2";

    public static string Condition(string upc) => upc == "3" ? "USED" : "NEW";

    public static Task<TestSubgraph> AccountsAsync() => TestSubgraph.StartAsync("accounts", AccountsSdl, ConfigureAccounts);

    public static void ConfigureAccounts(GraphQLServerBuilder server) => server
        .AddResolver("Query", "me", _ => User(Users[0].Id))
        .AddResolver("Query", "users", _ => Users.Select(u => User(u.Id)).ToList())
        .AddResolver("Mutation", "rename", context => new Dictionary<string, object?>
        {
            ["id"] = context.Arguments["id"],
            ["name"] = context.Arguments["name"],
            ["username"] = Users.First(u => u.Id == (string)context.Arguments["id"]!).Username,
        })
        .AddReferenceResolver("User", (representation, _) => User((string)representation["id"]!));

    public static Task<TestSubgraph> ProductsAsync() => TestSubgraph.StartAsync("products", ProductsSdl, server => server
        .AddResolver("Query", "topProducts", context => Products.Take(Convert.ToInt32(context.Arguments["first"])).Select(p => Product(p.Upc)).ToList())
        .AddResolver("Query", "product", context => Products.Any(p => p.Upc == (string)context.Arguments["upc"]!) ? Product((string)context.Arguments["upc"]!) : null)
        .AddReferenceResolver("Product", (representation, _) => Product((string)representation["upc"]!)));

    public static Task<TestSubgraph> InventoryAsync() => TestSubgraph.StartAsync("inventory", InventorySdl, server => server
        .AddReferenceResolver("Product", (representation, _) => new Dictionary<string, object?>
        {
            ["upc"] = representation["upc"],
            ["inStock"] = InStock((string)representation["upc"]!),
            ["category"] = "furniture (inventory)",
            ["shippingEstimate"] = (Func<object?>)(() =>
                representation.TryGetValue("price", out var price) && representation.TryGetValue("weight", out var weight)
                    ? ShippingEstimate(Convert.ToInt32(price), Convert.ToInt32(weight))
                    : throw new GraphQLError("shippingEstimate needs price and weight in the representation.")),
        }));

    public static Task<TestSubgraph> ReviewsAsync() => TestSubgraph.StartAsync("reviews", ReviewsSdl, server => server
        .AddResolver("Query", "reviewCount", _ => Reviews.Length)
        .AddResolver("Mutation", "addReview", context => new Dictionary<string, object?>
        {
            ["id"] = "new",
            ["body"] = context.Arguments["body"],
            ["product"] = new Dictionary<string, object?>
            {
                ["upc"] = context.Arguments["upc"],
                ["name"] = Products.First(p => p.Upc == (string)context.Arguments["upc"]!).Name,
            },
        })
        .AddResolver("Review", "moderationNote", context =>
            ((Dictionary<string, object?>)context.Source!)["id"] is "r2" ? throw new GraphQLError("Review r2 is under moderation.") : "approved")
        .AddResolver("Review", "verifiedBody", context =>
            ((Dictionary<string, object?>)context.Source!)["id"] is "r2" ? throw new GraphQLError("Review r2 is not verified.") : "verified")
        .AddReferenceResolver("Review", (representation, _) => Review((string)representation["id"]!))
        .AddReferenceResolver("User", (representation, _) => new Dictionary<string, object?>
        {
            ["id"] = representation["id"],
            ["reviews"] = Reviews.Where(r => r.AuthorId == (string)representation["id"]!).Select(r => Review(r.Id)).ToList(),
        })
        .AddReferenceResolver("Product", (representation, _) => new Dictionary<string, object?>
        {
            ["upc"] = representation["upc"],
            ["name"] = Products.First(p => p.Upc == (string)representation["upc"]!).Name,
            ["reviews"] = Reviews.Where(r => r.Upc == (string)representation["upc"]!).Select(r => Review(r.Id)).ToList(),
        }));

    public static Dictionary<string, object?> User(string id)
    {
        var user = Users.First(u => u.Id == id);
        return new() { ["id"] = user.Id, ["name"] = user.Name, ["username"] = user.Username };
    }

    public static Dictionary<string, object?> Product(string upc)
    {
        var product = Products.First(p => p.Upc == upc);
        return new() { ["upc"] = product.Upc, ["name"] = product.Name, ["price"] = product.Price, ["weight"] = product.Weight, ["category"] = "furniture (products)", ["condition"] = Condition(product.Upc) };
    }

    private static Dictionary<string, object?> Review(string id)
    {
        var review = Reviews.First(r => r.Id == id);
        var author = Users.First(u => u.Id == review.AuthorId);
        var product = Products.First(p => p.Upc == review.Upc);
        return new()
        {
            ["id"] = review.Id,
            ["body"] = review.Body,
            ["author"] = new Dictionary<string, object?> { ["id"] = author.Id, ["username"] = author.Username },
            ["product"] = new Dictionary<string, object?> { ["upc"] = product.Upc, ["name"] = product.Name },
        };
    }
}
