using Platform.GraphQL.Federation.Composition;
using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>
/// The activity part as a federation subgraph: <c>Activity</c> is an entity keyed by id whose references see what
/// <c>activity(id:)</c> shows; the subgraph composes with the real Volunteers module and subgraphs shaped like
/// Organization and Venues.
/// </summary>
public sealed class ActivityFederationTests(ActivityHostFixture fixture) : IClassFixture<ActivityHostFixture>
{
    private const string OrganizationSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { unit(id: ID!): OrgUnit }
        enum OrgLevel { PROVINCE CITY COUNTY TOWNSHIP VILLAGE FAMILY_STATION PRACTICE_BASE }
        type OrgUnit @key(fields: "id") { id: ID! name: String! level: OrgLevel! residentPopulation: Int }
        """;

    private const string VenuesSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { venue(id: ID!): Venue }
        type Venue @key(fields: "id") { id: ID! name: String! }
        """;

    private const string Entities = "query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Activity { id title status } } }";

    [Fact]
    public async Task The_sdl_declares_activity_as_an_entity_and_references_the_others_by_key()
    {
        var sdl = (await fixture.Host.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;

        Assert.Contains("type Activity @key(fields: \"id\")", sdl);
        Assert.Contains("type OrgUnit @key(fields: \"id\")", sdl);
        Assert.Contains("type Team @key(fields: \"id\")", sdl);
        Assert.Contains("type Volunteer @key(fields: \"id\")", sdl);
        Assert.Contains("type Venue @key(fields: \"id\", resolvable: false)", sdl);
        Assert.Contains("activityPublished", sdl);
    }

    [Fact]
    public async Task Entity_references_resolve_published_activities_and_hide_drafts_from_others()
    {
        var host = fixture.Host;
        var published = await host.CreatePublishedAsync(NewId(), Details(title: "已发布"));
        var draft = await host.CreateAsync(NewId(), Details(title: "草稿"));
        var reps = new[] { published, draft, NewId(), "nonsense" }.Select(id => new { __typename = "Activity", id });

        var anonymous = (await host.PostAsync(Entities, new { reps })).Ok().GetProperty("_entities");
        var admin = (await host.PostAsync(Entities, new { reps }, host.PlatformAdmin())).Ok().GetProperty("_entities");

        Assert.Equal("已发布", anonymous[0].GetProperty("title").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, anonymous[1].ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, anonymous[2].ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, anonymous[3].ValueKind);
        Assert.Equal("DRAFT", admin[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_subgraph_composes_with_the_volunteers_module_and_organization_and_venues()
    {
        await using var volunteers = await VolunteersModuleHost.StartAsync();
        var activitiesSdl = (await fixture.Host.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;
        var volunteersSdl = (await volunteers.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;

        var result = SupergraphComposer.Compose(
        [
            new SubgraphDefinition("activities", new Uri("http://127.0.0.1:4104/graphql"), activitiesSdl),
            new SubgraphDefinition("volunteers", new Uri("http://127.0.0.1:4102/graphql"), volunteersSdl),
            new SubgraphDefinition("organization", new Uri("http://127.0.0.1:4101/graphql"), OrganizationSdl),
            new SubgraphDefinition("venues", new Uri("http://127.0.0.1:4103/graphql"), VenuesSdl),
        ]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Code}: {e.Message}")));
        var types = result.Supergraph!.Types;
        Assert.Contains("activities", types["Team"].Fields["activities"].Sources.Select(s => s.Subgraph));
        Assert.Contains("activities", types["Volunteer"].Fields["activities"].Sources.Select(s => s.Subgraph));
        Assert.Contains("activities", types["OrgUnit"].Fields["activityCounts"].Sources.Select(s => s.Subgraph));
        Assert.Contains("volunteers", types["ServiceRecord"].Fields["activity"].Sources.Select(s => s.Subgraph));
    }
}
