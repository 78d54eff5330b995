using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Gateway.Tests;

/// <summary>An interface and a union owned by a catalog module, whose members get ratings from another module.</summary>
public sealed class AbstractTypeTests : IAsyncLifetime
{
    private const string Link = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\"])\n";

    private static readonly (string Id, string Title, bool IsBook, int Size, int Stars)[] Items =
        [("b1", "Dune", true, 412, 5), ("m1", "Alien", false, 117, 4), ("b2", "Emma", true, 474, 3)];

    private TestSubgraph _catalog = null!;
    private TestSubgraph _ratings = null!;
    private TestGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _catalog = await TestSubgraph.StartAsync("catalog", Link + """
            type Query { media: [Media!]! search(term: String): [SearchResult!]! }
            interface Media { id: ID! title: String }
            type Book implements Media @key(fields: "id") { id: ID! title: String pages: Int }
            type Movie implements Media @key(fields: "id") { id: ID! title: String minutes: Int }
            union SearchResult = Book | Movie
            """, server => server
            .AddResolver("Query", "media", _ => Items.Select(Item).ToList())
            .AddResolver("Query", "search", _ => Items.Reverse().Select(Item).ToList()));
        _ratings = await TestSubgraph.StartAsync("ratings", Link + """
            type Book @key(fields: "id") { id: ID! stars: Int }
            type Movie @key(fields: "id") { id: ID! stars: Int }
            """, server => server
            .AddReferenceResolver("Book", (r, _) => Rating(r))
            .AddReferenceResolver("Movie", (r, _) => Rating(r)));
        _gateway = await TestGateway.StartAsync(_catalog, _ratings);
    }

    [Fact]
    public async Task Interface_and_union_members_get_their_fields_from_both_modules_with_one_call_per_type()
    {
        var response = await _gateway.QueryAsync("""
            {
              media { __typename title ... on Book { pages stars } ... on Movie { stars } }
              search { ... on Book { id stars } ... on Movie { minutes } }
            }
            """);

        var media = Items.Select(i => i.IsBook
            ? (object)new { __typename = "Book", title = i.Title, pages = i.Size, stars = i.Stars }
            : new { __typename = "Movie", title = i.Title, stars = i.Stars });
        var search = Items.Reverse().Select(i => i.IsBook ? (object)new { id = i.Id, stars = i.Stars } : new { minutes = i.Size });
        JsonAssert.Equal(JsonSerializer.Serialize(new { media, search }), JsonAssert.Data(response));
        var calls = _ratings.EntityCalls;
        Assert.Equal(2, calls.Count);
        Assert.Single(calls, c => c.Query.Contains("on Book", StringComparison.Ordinal));
        Assert.Single(calls, c => c.Query.Contains("on Movie", StringComparison.Ordinal));
        var bookCall = calls.Single(c => c.Query.Contains("on Book", StringComparison.Ordinal));
        Assert.Equal(Items.Count(i => i.IsBook), bookCall.RepresentationCount);
    }

    [Fact]
    public async Task Typename_is_answered_at_every_level_and_introspection_locally()
    {
        _catalog.ClearReceived();

        var response = await _gateway.QueryAsync("""
            { __typename __type(name: "Media") { kind possibleTypes { name } } __schema { queryType { name } } }
            """);

        JsonAssert.Equal(
            """{"__typename":"Query","__type":{"kind":"INTERFACE","possibleTypes":[{"name":"Book"},{"name":"Movie"}]},"__schema":{"queryType":{"name":"Query"}}}""",
            JsonAssert.Data(response));
        Assert.Empty(_catalog.Received);
        Assert.Empty(_ratings.Received);
    }

    private static Dictionary<string, object?> Item((string Id, string Title, bool IsBook, int Size, int Stars) item) => new()
    {
        ["__typename"] = item.IsBook ? "Book" : "Movie",
        ["id"] = item.Id,
        ["title"] = item.Title,
        [item.IsBook ? "pages" : "minutes"] = item.Size,
    };

    private static Dictionary<string, object?> Rating(IReadOnlyDictionary<string, object?> representation) => new()
    {
        ["id"] = representation["id"],
        ["stars"] = Items.First(i => i.Id == (string)representation["id"]!).Stars,
    };

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _catalog.DisposeAsync();
        await _ratings.DisposeAsync();
    }
}
