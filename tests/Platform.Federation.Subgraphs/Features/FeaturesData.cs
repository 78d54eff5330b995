namespace Platform.Federation.Subgraphs.Features;

/// <summary>
/// A small library of books and movies for the features set. Book b3's stock code and movie m2's rating fail on
/// purpose, so the gateway's error paths and null propagation can be observed.
/// </summary>
internal static class FeaturesData
{
    public static readonly IReadOnlyList<Author> Authors =
    [
        new("a1", "Ursula K. Le Guin"),
        new("a2", "Octavia E. Butler"),
        new("a3", "Frank Herbert"),
    ];

    public static readonly IReadOnlyList<Book> Books =
    [
        new("b1", "The Left Hand of Darkness", "a1", 304, 1969, 1800, 1500, true),
        new("b2", "A Wizard of Earthsea", "a1", 183, 1968, 1200, 990, false),
        new("b3", "Kindred", "a2", 264, 1979, 1600, 1450, true),
        new("b4", "Dune", "a3", 412, 1965, 2200, 1999, true),
    ];

    public static readonly IReadOnlyList<Movie> Movies =
    [
        new("m1", "Arrival", 116),
        new("m2", "Stalker", 161),
    ];

    /// <summary>Every media item's id in catalog order: books and movies interleaved.</summary>
    public static readonly IReadOnlyList<string> MediaOrder = ["b1", "m1", "b2", "m2", "b3", "b4"];

    public static readonly IReadOnlyList<string> Formats = ["HARDCOVER", "PAPERBACK"];

    public static readonly IReadOnlyDictionary<string, Author> AuthorsById = Authors.ToDictionary(author => author.Id);

    public static readonly IReadOnlyDictionary<string, Book> BooksById = Books.ToDictionary(book => book.Id);

    public static readonly IReadOnlyDictionary<string, Movie> MoviesById = Movies.ToDictionary(movie => movie.Id);

    public const string BookWithoutStockCode = "b3";

    public const string MovieWithoutRating = "m2";

    /// <summary>Chapters per book: two for odd-numbered books, three for even-numbered ones.</summary>
    public static int ChapterCount(Book book) => book.Id[^1] % 2 == 0 ? 3 : 2;

    /// <summary>Three reviews per media item, their stars and reviewers derived from the item's position.</summary>
    public static IReadOnlyList<MediaReview> ReviewsOf(string mediaId)
    {
        var position = MediaOrder.ToList().IndexOf(mediaId);
        if (position < 0)
        {
            return [];
        }

        return Enumerable.Range(0, 3)
            .Select(i => new MediaReview(
                $"{mediaId}-r{i + 1}",
                (position + (i * 2)) % 5 + 1,
                $"Review {i + 1} of {mediaId}",
                Authors[(position + i) % Authors.Count].Id))
            .ToList();
    }

    internal sealed record Author(string Id, string Name);

    internal sealed record Book(string Id, string Title, string AuthorId, int Pages, int Year, int ListPrice, int Price, bool InStock);

    internal sealed record Movie(string Id, string Title, int Minutes);

    internal sealed record MediaReview(string Id, int Stars, string Text, string AuthorId);
}
