using Platform.GraphQL;
using Platform.GraphQL.DataLoader;
using static Platform.Federation.Subgraphs.Features.FeaturesData;

namespace Platform.Federation.Subgraphs.Features;

/// <summary>
/// The features set's catalog: the <c>Media</c> entity interface (books and movies), the <c>SearchResult</c> union,
/// authors, chapters (nested key) and editions (composite key), and a <c>Money</c> value type shared with the shop.
/// Its <c>Book.price</c> is overridden by the shop, so the stale catalog price must never reach a client.
/// </summary>
internal sealed class CatalogSubgraph : ISubgraph
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

        type Query {
          media: [Media!]!
          mediaItem(id: ID!): Media
          search(term: String!): [SearchResult!]!
          book(id: ID!): Book
          authors: [Author!]!
          outage: String
        }

        interface Media @key(fields: "id") {
          id: ID!
          title: String!
        }

        type Book implements Media @key(fields: "id") {
          id: ID!
          title: String!
          pages: Int!
          author: Author!
          listPrice: Money!
          price: Money!
          chapters: [Chapter!]!
          editions: [Edition!]!
        }

        type Movie implements Media @key(fields: "id") {
          id: ID!
          title: String!
          minutes: Int!
        }

        type Author @key(fields: "id") {
          id: ID!
          name: String!
          books: [Book!]!
        }

        type Chapter @key(fields: "book { id } number") {
          book: Book!
          number: Int!
          title: String!
        }

        type Edition @key(fields: "bookId format") {
          bookId: ID!
          format: Format!
          year: Int!
        }

        enum Format {
          HARDCOVER
          PAPERBACK
        }

        union SearchResult = Book | Movie | Author

        type Money @shareable {
          amount: Int!
          currency: String!
        }
        """;

    public string Name => "catalog";

    public void Configure(GraphQLServerBuilder graphQL) => graphQL
        .AddDocumentFromString(Sdl)
        .AddResolver("Query", "media", _ => MediaOrder.Select(MediaMap).ToList())
        .AddResolver("Query", "mediaItem", context => MediaMap((string)context.Arguments["id"]!))
        .AddResolver("Query", "search", context => Search((string)context.Arguments["term"]!))
        .AddResolver("Query", "book", context => BooksById.TryGetValue((string)context.Arguments["id"]!, out var book) ? CatalogMaps.Book(book) : null)
        .AddResolver("Query", "authors", _ => Authors.Select(CatalogMaps.Author).ToList())
        .AddResolver("Query", "outage", _ => throw new GraphQLError("The catalog is down for maintenance."))
        .AddResolver("Book", "author", context => context.BatchLoader<string, Dictionary<string, object?>>("authorsById", (ids, _) =>
                Task.FromResult<IReadOnlyDictionary<string, Dictionary<string, object?>>>(ids
                    .Distinct()
                    .Where(AuthorsById.ContainsKey)
                    .ToDictionary(id => id, id => CatalogMaps.Author(AuthorsById[id]))))
            .LoadAsync((string)CatalogMaps.Field(context, "authorId")!))
        .AddResolver("Book", "chapters", context =>
        {
            var book = BooksById[(string)CatalogMaps.Field(context, "id")!];
            return Enumerable.Range(1, ChapterCount(book)).Select(number => CatalogMaps.Chapter(book.Id, number)).ToList();
        })
        .AddResolver("Book", "editions", context =>
            Formats.Select(format => CatalogMaps.Edition((string)CatalogMaps.Field(context, "id")!, format)).ToList())
        .AddResolver("Author", "books", context => Books
            .Where(book => book.AuthorId == (string)CatalogMaps.Field(context, "id")!)
            .Select(CatalogMaps.Book)
            .ToList())
        .AddReferenceResolver("Book", (representation, _) =>
            BooksById.TryGetValue(Representations.Id(representation, "id"), out var book) ? CatalogMaps.Book(book) : null)
        .AddReferenceResolver("Movie", (representation, _) =>
            MoviesById.TryGetValue(Representations.Id(representation, "id"), out var movie) ? CatalogMaps.Movie(movie) : null)
        .AddReferenceResolver("Author", (representation, _) =>
            AuthorsById.TryGetValue(Representations.Id(representation, "id"), out var author) ? CatalogMaps.Author(author) : null)
        .AddReferenceResolver("Chapter", (representation, _) => CatalogMaps.Chapter(
            Representations.Id(Representations.Object(representation, "book"), "id"),
            (int)(Representations.Int(representation, "number") ?? 0)))
        .AddReferenceResolver("Edition", (representation, _) => CatalogMaps.Edition(
            Representations.Id(representation, "bookId"),
            Representations.Id(representation, "format")));

    private static Dictionary<string, object?>? MediaMap(string id) =>
        BooksById.TryGetValue(id, out var book) ? CatalogMaps.Book(book)
        : MoviesById.TryGetValue(id, out var movie) ? CatalogMaps.Movie(movie)
        : null;

    private static List<Dictionary<string, object?>> Search(string term)
    {
        bool Matches(string text) => text.Contains(term, StringComparison.OrdinalIgnoreCase);
        return MediaOrder.Select(MediaMap)
            .Where(item => Matches((string)item!["title"]!))
            .Concat(Authors.Where(author => Matches(author.Name)).Select(CatalogMaps.Author))
            .ToList()!;
    }
}
