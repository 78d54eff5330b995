using Platform.GraphQL.Execution;
using static Platform.Federation.Subgraphs.Features.FeaturesData;

namespace Platform.Federation.Subgraphs.Features;

/// <summary>The catalog's objects as the maps its resolvers return, each carrying its <c>__typename</c> for the abstract types.</summary>
internal static class CatalogMaps
{
    public static object? Field(IResolveFieldContext context, string name) => ((Dictionary<string, object?>)context.Source!)[name];

    public static Dictionary<string, object?> Book(Book book) => new()
    {
        ["__typename"] = "Book",
        ["id"] = book.Id,
        ["title"] = book.Title,
        ["pages"] = book.Pages,
        ["authorId"] = book.AuthorId,
        ["listPrice"] = Money(book.ListPrice),
        ["price"] = Money(book.ListPrice),
    };

    public static Dictionary<string, object?> Movie(Movie movie) => new()
    {
        ["__typename"] = "Movie",
        ["id"] = movie.Id,
        ["title"] = movie.Title,
        ["minutes"] = movie.Minutes,
    };

    public static Dictionary<string, object?> Author(Author author) => new()
    {
        ["__typename"] = "Author",
        ["id"] = author.Id,
        ["name"] = author.Name,
    };

    public static Dictionary<string, object?>? Chapter(string bookId, int number) =>
        BooksById.TryGetValue(bookId, out var book) && number >= 1 && number <= ChapterCount(book)
            ? new()
            {
                ["book"] = Book(book),
                ["number"] = number,
                ["title"] = $"{book.Title}, chapter {number}",
            }
            : null;

    public static Dictionary<string, object?>? Edition(string bookId, string format) =>
        BooksById.TryGetValue(bookId, out var book) && Formats.Contains(format)
            ? new()
            {
                ["bookId"] = bookId,
                ["format"] = format,
                ["year"] = format == "HARDCOVER" ? book.Year : book.Year + 2,
            }
            : null;

    /// <summary>Prices are in cents.</summary>
    public static Dictionary<string, object?> Money(int amount) => new() { ["amount"] = amount, ["currency"] = "USD" };
}
