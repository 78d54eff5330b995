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
            type Book implements Media @key(fields: "id") { id: ID! title: String }
            type Movie implements Media @key(fields: "id") { id: ID! title: String }
            """, server => server
            .AddResolver("Query", "media", _ => Items.Select(i => new Dictionary<string, object?>
            {
                ["__typename"] = i.IsBook ? "Book" : "Movie",
                ["id"] = i.Id,
                ["title"] = i.Title,
            }).ToList())
            .AddReferenceResolver("Book", (r, _) => r)
            .AddReferenceResolver("Movie", (r, _) => r));
        _feedback = await TestSubgraph.StartAsync("feedback", """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@interfaceObject"])
            type Media @key(fields: "id") @interfaceObject { id: ID! reviewCount: Int }
            """, server => server
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

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _catalog.DisposeAsync();
        await _feedback.DisposeAsync();
    }
}
