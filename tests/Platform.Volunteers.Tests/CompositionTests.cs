using Platform.Testing;

namespace Platform.Volunteers.Tests;

/// <summary>
/// The Volunteers subgraph composes, by Apollo's own composition, with subgraphs shaped like the Organization module
/// (OrgUnit keyed by id, with residentPopulation) and the Activities module (Activity keyed by id).
/// </summary>
public sealed class CompositionTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string OrganizationSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { unit(id: ID!): OrgUnit }
        type OrgUnit @key(fields: "id") {
          id: ID!
          name: String!
          residentPopulation: Int
        }
        """;

    private const string ActivitiesSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { activity(id: ID!): Activity }
        type Activity @key(fields: "id") {
          id: ID!
          title: String!
        }
        """;

    [Fact]
    public async Task The_volunteers_subgraph_composes_with_organization_and_activities()
    {
        var sdl = (await fixture.Host.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;

        var (errors, supergraph) = await ApolloComposition.ComposeAsync(("volunteers", sdl), ("organization", OrganizationSdl), ("activities", ActivitiesSdl));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.NotNull(supergraph);
        Assert.Contains("registeredVolunteerShare: Float @join__field(graph: VOLUNTEERS, requires: \"residentPopulation\")", supergraph);
        Assert.Contains("residentPopulation: Int @join__field(graph: ORGANIZATION) @join__field(graph: VOLUNTEERS, external: true)", supergraph);
        Assert.Contains("homeUnit: OrgUnit!", supergraph);
    }
}
