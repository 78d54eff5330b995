using Platform.GraphQL;
using Platform.GraphQL.Execution;
using static Platform.Federation.Subgraphs.Features.FeaturesData;

namespace Platform.Federation.Subgraphs.Features;

/// <summary>
/// The features set's shop: takes <c>Book.price</c> over from the catalog (<c>@override</c>), adds stock, a stock code
/// that fails for one book (non-null), an excerpt that <c>@requires</c> the title and takes an argument, chapter word
/// counts (nested key), edition prices (composite key), and carts changed by a mutation.
/// </summary>
internal sealed class ShopSubgraph : ISubgraph
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@override"])

        type Query {
          cart(id: ID!): Cart
        }

        type Mutation {
          setCartItem(cartId: ID!, bookId: ID!, quantity: Int!): Cart!
        }

        type Book @key(fields: "id") {
          id: ID!
          title: String! @external
          price: Money! @override(from: "catalog")
          inStock: Boolean!
          stockCode: String!
          excerpt(length: Int! = 12): String! @requires(fields: "title")
        }

        type Chapter @key(fields: "book { id } number") {
          book: Book!
          number: Int!
          wordCount: Int!
        }

        type Edition @key(fields: "bookId format") {
          bookId: ID!
          format: Format!
          price: Money!
          available: Boolean!
        }

        enum Format {
          HARDCOVER
          PAPERBACK
        }

        type Cart {
          id: ID!
          items: [CartItem!]!
          total: Money!
        }

        type CartItem {
          book: Book!
          quantity: Int!
        }

        type Money @shareable {
          amount: Int!
          currency: String!
        }
        """;

    private readonly Carts _carts = new();

    public string Name => "shop";

    public void Configure(GraphQLServerBuilder graphQL) => graphQL
        .AddDocumentFromString(Sdl)
        .AddResolver("Query", "cart", context => _carts.Find((string)context.Arguments["id"]!))
        .AddResolver("Mutation", "setCartItem", context => _carts.SetItem(
            (string)context.Arguments["cartId"]!, (string)context.Arguments["bookId"]!, (int)context.Arguments["quantity"]!))
        .AddResolver("Book", "stockCode", context =>
        {
            var book = Source(context);
            return book.Id == BookWithoutStockCode ? throw new GraphQLError($"Book {book.Id} has no stock code.") : $"SKU-{book.Id.ToUpperInvariant()}-{book.Pages}";
        })
        .AddResolver("Book", "excerpt", context => Excerpt(context))
        .AddReferenceResolver("Book", (representation, _) => BookMap(Representations.Id(representation, "id"), representation))
        .AddReferenceResolver("Chapter", (representation, _) =>
        {
            var bookId = Representations.Id(Representations.Object(representation, "book"), "id");
            var number = (int)(Representations.Int(representation, "number") ?? 0);
            return BooksById.TryGetValue(bookId, out var book) && number >= 1 && number <= ChapterCount(book)
                ? new Dictionary<string, object?> { ["book"] = BookMap(bookId, null), ["number"] = number, ["wordCount"] = 1000 + (137 * number) + book.Pages }
                : null;
        })
        .AddReferenceResolver("Edition", (representation, _) =>
        {
            var bookId = Representations.Id(representation, "bookId");
            var format = Representations.Id(representation, "format");
            return BooksById.TryGetValue(bookId, out var book) && Formats.Contains(format)
                ? new Dictionary<string, object?>
                {
                    ["bookId"] = bookId,
                    ["format"] = format,
                    ["price"] = CatalogMaps.Money(format == "HARDCOVER" ? book.Price + 700 : book.Price),
                    ["available"] = format == "PAPERBACK" || book.InStock,
                }
                : null;
        });

    /// <summary>The shop's view of a book; <paramref name="representation"/> carries the required title when the gateway sent it.</summary>
    internal static Dictionary<string, object?>? BookMap(string id, IReadOnlyDictionary<string, object?>? representation) =>
        BooksById.TryGetValue(id, out var book)
            ? new()
            {
                ["id"] = book.Id,
                ["title"] = representation?.GetValueOrDefault("title"),
                ["price"] = CatalogMaps.Money(book.Price),
                ["inStock"] = book.InStock,
                ["record"] = book,
            }
            : null;

    private static Book Source(IResolveFieldContext context) => (Book)((Dictionary<string, object?>)context.Source!)["record"]!;

    private static string Excerpt(IResolveFieldContext context)
    {
        var length = (int)context.Arguments["length"]!;
        if (length < 1)
        {
            throw new GraphQLError($"An excerpt needs a length of at least 1, not {length}.");
        }

        var title = ((Dictionary<string, object?>)context.Source!)["title"] as string
            ?? throw new GraphQLError("The excerpt needs the book's title (@requires), which the request did not carry.");
        return title.Length <= length ? title : title[..length] + "…";
    }
}
