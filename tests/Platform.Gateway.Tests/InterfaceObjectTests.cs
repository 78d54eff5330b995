using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Gateway.Tests;

/// <summary>A module that adds a field to an entity interface it declares as <c>@interfaceObject</c>, knowing none of its implementations.</summary>
public sealed class InterfaceObjectTests : IAsyncLifetime
{
    private static readonly (string Id, string Title, bool IsBook, int Reviews)[] Items = [("b1", "Dune", true, 12), ("m1", "Alien", false, 7)];

    private TestSubgraph _catalog = null!;
    private TestSubgraph _feedback = null!;
    private TestGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _catalog = await TestSubgraph.StartAsync("catalog", """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Query { media: [Media!]! }
            interface Media @key(fields: "id") { id: ID! title: String }
            type Book implements Media @key(fields: "id") { id: ID! title: String pages: Int }
            type Movie implements Media @key(fields: "id") { id: ID! title: String }
            """, server => server
            .AddResolver("Query", "media", _ => Items.Select(i => Item(i.Id)).ToList())
            .AddResolver("Book", "pages", context => Items.First(i => i.Id == (string)((IReadOnlyDictionary<string, object?>)context.Source!)["id"]!).Reviews * 10)
            .AddReferenceResolver("Media", (r, _) => Item((string)r["id"]!))
            .AddReferenceResolver("Book", (r, _) => Item((string)r["id"]!))
            .AddReferenceResolver("Movie", (r, _) => Item((string)r["id"]!)));
        _feedback = await TestSubgraph.StartAsync("feedback", """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@interfaceObject"])
            type Query { mostReviewed: [Media!]! }
            type Media @key(fields: "id") @interfaceObject { id: ID! reviewCount: Int }
            type Book @key(fields: "id") { id: ID! isbn: String }
            """, server => server
            .AddReferenceResolver("Book", (r, _) => new Dictionary<string, object?> { ["id"] = r["id"], ["isbn"] = "isbn-" + r["id"] })
            .AddResolver("Query", "mostReviewed", _ => Items.OrderByDescending(i => i.Reviews)
                .Select(i => new Dictionary<string, object?> { ["id"] = i.Id, ["reviewCount"] = i.Reviews }).ToList())
            .AddReferenceResolver("Media", (r, _) => new Dictionary<string, object?>
            {
                ["id"] = r["id"],
                ["reviewCount"] = Items.First(i => i.Id == (string)r["id"]!).Reviews,
            }));
        _gateway = await TestGateway.StartAsync(_catalog, _feedback);
    }

    [Fact]
    public async Task Fields_of_an_interface_object_are_fetched_through_the_interface_key_in_one_call()
    {
        var response = await _gateway.QueryAsync("{ media { __typename title reviewCount } }");

        var expected = Items.Select(i => new { __typename = i.IsBook ? "Book" : "Movie", title = i.Title, reviewCount = i.Reviews });
        JsonAssert.Equal(JsonSerializer.Serialize(new { media = expected }), JsonAssert.Data(response));
        var call = Assert.Single(_feedback.EntityCalls);
        Assert.All(call.Variables.GetProperty("representations").EnumerateArray(), r => Assert.Equal("Media", r.GetProperty("__typename").GetString()));
        Assert.Equal(Items.Length, call.RepresentationCount);
    }

    [Fact]
    public async Task Objects_a_module_returns_typed_as_its_interface_object_are_resolved_to_their_types()
    {
        _catalog.ClearReceived();

        var response = await _gateway.QueryAsync("{ mostReviewed { __typename reviewCount title ... on Book { pages } } }");

        var expected = Items.OrderByDescending(i => i.Reviews).Select(i => i.IsBook
            ? (object)new { __typename = "Book", reviewCount = i.Reviews, title = i.Title, pages = i.Reviews * 10 }
            : new { __typename = "Movie", reviewCount = i.Reviews, title = i.Title });
        JsonAssert.Equal(JsonSerializer.Serialize(new { mostReviewed = expected }), JsonAssert.Data(response));
        var call = Assert.Single(_catalog.EntityCalls);
        Assert.All(call.Variables.GetProperty("representations").EnumerateArray(), r => Assert.Equal("Media", r.GetProperty("__typename").GetString()));
    }

    [Fact]
    public async Task A_field_a_module_has_only_on_its_interface_object_is_fetched_as_the_interface_even_when_it_knows_the_type()
    {
        _feedback.ClearReceived();

        var response = await _gateway.QueryAsync("{ media { ... on Book { isbn reviewCount } } }");

        var expected = Items.Select(i => i.IsBook ? (object)new { isbn = "isbn-" + i.Id, reviewCount = i.Reviews } : new { });
        JsonAssert.Equal(JsonSerializer.Serialize(new { media = expected }), JsonAssert.Data(response));
        var calls = _feedback.EntityCalls;
        Assert.Equal(2, calls.Count);
        Assert.Single(calls, c => c.Variables.GetProperty("representations")[0].GetProperty("__typename").GetString() == "Media");
        Assert.Single(calls, c => c.Variables.GetProperty("representations")[0].GetProperty("__typename").GetString() == "Book");
    }

    private static Dictionary<string, object?> Item(string id)
    {
        var item = Items.First(i => i.Id == id);
        return new() { ["__typename"] = item.IsBook ? "Book" : "Movie", ["id"] = item.Id, ["title"] = item.Title };
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _catalog.DisposeAsync();
        await _feedback.DisposeAsync();
    }
}
