using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Gateway.Tests;

/// <summary>An entity whose key has a nested object (<c>id org { id }</c>), and a field that requires a nested selection.</summary>
public sealed class CompositeKeyTests : IAsyncLifetime
{
    private const string Link = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@shareable\", \"@external\", \"@requires\"])\n";

    private static readonly (string Id, string OrgId, string Name, int Height)[] Members = [("1", "a", "Ann", 170), ("1", "b", "Bob", 185)];

    private TestSubgraph _people = null!;
    private TestSubgraph _badges = null!;
    private TestGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _people = await TestSubgraph.StartAsync("people", Link + """
            type Query { members: [Member!]! }
            type Member @key(fields: "id org { id }") { id: ID! org: Org! name: String body: Body @shareable }
            type Org @key(fields: "id") { id: ID! }
            type Body @shareable { height: Int }
            """, server => server
            .AddResolver("Query", "members", _ => Members.Select(m => new Dictionary<string, object?>
            {
                ["id"] = m.Id,
                ["org"] = new Dictionary<string, object?> { ["id"] = m.OrgId },
                ["name"] = m.Name,
                ["body"] = new Dictionary<string, object?> { ["height"] = m.Height },
            }).ToList())
            .AddReferenceResolver("Org", (r, _) => r));
        _badges = await TestSubgraph.StartAsync("badges", Link + """
            type Member @key(fields: "id org { id }") {
              id: ID!
              org: Org!
              body: Body @external
              badge: String @requires(fields: "body { height }")
            }
            type Org @key(fields: "id") { id: ID! }
            type Body @shareable { height: Int }
            """, server => server
            .AddReferenceResolver("Member", (r, _) => new Dictionary<string, object?>
            {
                ["id"] = r["id"],
                ["badge"] = $"{r["id"]}@{((Dictionary<string, object?>)r["org"]!)["id"]}:{((Dictionary<string, object?>)r["body"]!)["height"]}",
            })
            .AddReferenceResolver("Org", (r, _) => r));
        _gateway = await TestGateway.StartAsync(_people, _badges);
    }

    [Fact]
    public async Task Nested_keys_and_nested_required_fields_travel_in_the_representations()
    {
        var response = await _gateway.QueryAsync("{ members { name badge } }");

        var expected = Members.Select(m => new { name = m.Name, badge = $"{m.Id}@{m.OrgId}:{m.Height}" });
        JsonAssert.Equal(JsonSerializer.Serialize(new { members = expected }), JsonAssert.Data(response));
        var call = Assert.Single(_badges.EntityCalls);
        Assert.Equal(Members.Length, call.RepresentationCount);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _people.DisposeAsync();
        await _badges.DisposeAsync();
    }
}
