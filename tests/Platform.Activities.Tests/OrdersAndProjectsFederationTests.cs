using Platform.Activities.Domain;
using Platform.GraphQL.Federation.Composition;
using static Platform.Activities.Domain.ServiceOrderAction;

namespace Platform.Activities.Tests;

/// <summary>Orders and projects as federation entities: _entities in batches, the SDL's keys and @requires, composition with the owners' types.</summary>
public sealed class OrdersAndProjectsFederationTests(UnitTreeWorld world) : IClassFixture<UnitTreeWorld>
{
    /// <summary>The parts of the Organization and Volunteers subgraphs this module relies on, as those modules declare them.</summary>
    private const string OwnersSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { unit(id: ID!): OrgUnit team(id: ID!): Team volunteer(id: ID!): Volunteer }
        enum OrgLevel { PROVINCE CITY COUNTY TOWNSHIP VILLAGE FAMILY_STATION PRACTICE_BASE }
        type OrgUnit @key(fields: "id") { id: ID! name: String! level: OrgLevel! residentPopulation: Int }
        type Team @key(fields: "id") { id: ID! name: String! }
        type Volunteer @key(fields: "id") { id: ID! realName: String! }
        """;

    [Fact]
    public async Task The_sdl_keys_orders_and_projects_and_requires_the_units_level_and_population()
    {
        var sdl = await SdlAsync();

        Assert.Contains("type ServiceOrder @key(fields: \"id\")", sdl);
        Assert.Contains("type Project @key(fields: \"id\")", sdl);
        Assert.Contains("@requires(fields: \"level residentPopulation\")", sdl);
        Assert.Contains("level: OrgLevel! @external", sdl);
    }

    [Fact]
    public async Task The_subgraph_composes_with_the_owners_of_units_teams_and_volunteers()
    {
        var result = SupergraphComposer.Compose(
        [
            new SubgraphDefinition("owners", new Uri("http://127.0.0.1:1/graphql"), OwnersSdl),
            new SubgraphDefinition("activities", new Uri(world.Host.GraphQLUrl), await SdlAsync()),
        ]);

        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors.Select(e => e.Message)));
        var quota = result.Supergraph!.Types["OrgUnit"].Fields["brandProjectQuota"].Sources.Single();
        Assert.Equal("activities", quota.Subgraph);
        Assert.NotNull(quota.Requires);
    }

    [Fact]
    public async Task Orders_and_projects_resolve_as_entities_in_one_query_each_and_hidden_orders_are_null()
    {
        var citizen = world.Citizen("citizen-entities");
        var orders = new[] { await world.PlaceAsync(citizen), await world.PlaceAsync(citizen), await world.PlaceAsync(world.Citizen("someone-else")) };
        var projects = new[] { await world.CreateAsync(world.Admin(world.Village)), await world.CreateAsync(world.Admin(world.Village)) };
        var reps = orders.Select(id => new { __typename = "ServiceOrder", id })
            .Concat(projects.Select(id => new { __typename = "Project", id }))
            .Append(new { __typename = "Project", id = EntityIds.New() })
            .ToArray();
        const string Query = "query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ServiceOrder { id status } ... on Project { id stage } } }";

        world.Counter.Reset();
        var entities = (await world.Host.PostAsync(Query, new { reps }, citizen)).Ok().GetProperty("_entities");

        Assert.Equal(2, world.Counter.Count);
        Assert.Equal(orders[0], entities[0].GetProperty("id").GetString());
        Assert.Equal("ORDERED", entities[1].GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, entities[2].ValueKind);
        Assert.Equal("CREATED", entities[3].GetProperty("stage").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, entities[5].ValueKind);
    }

    [Fact]
    public async Task Orders_of_many_teams_and_volunteers_load_in_one_query_per_kind()
    {
        var admin = world.Admin(world.Village);
        var teams = Enumerable.Range(0, 4).Select(_ => EntityIds.New()).ToArray();
        var volunteers = Enumerable.Range(0, 3).Select(_ => EntityIds.New()).ToArray();
        foreach (var team in teams)
        {
            (await world.StepAsync(Dispatch, await world.PlaceAsync(world.Citizen("citizen-teams")), admin, teamId: team)).Ok();
        }

        foreach (var volunteer in volunteers)
        {
            (await world.StepAsync(Dispatch, await world.PlaceAsync(world.Citizen("citizen-volunteers")), admin, volunteerId: volunteer)).Ok();
        }

        var reps = teams.Select(id => new { __typename = "Team", id }).Concat(volunteers.Select(id => new { __typename = "Volunteer", id })).ToArray();
        const string Query = "query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Team { serviceOrders { status } } ... on Volunteer { serviceOrders { status } } } }";

        world.Counter.Reset();
        var entities = (await world.Host.PostAsync(Query, new { reps }, admin)).Ok().GetProperty("_entities");

        Assert.Equal(2, world.Counter.Count);
        Assert.All(entities.EnumerateArray(), e => Assert.Equal("DISPATCHED", Assert.Single(e.GetProperty("serviceOrders").EnumerateArray()).GetProperty("status").GetString()));
        var stranger = (await world.Host.PostAsync(Query, new { reps }, world.Admin(world.OtherVillage))).Ok().GetProperty("_entities");
        Assert.All(stranger.EnumerateArray(), e => Assert.Equal(0, e.GetProperty("serviceOrders").GetArrayLength()));
    }

    private async Task<string> SdlAsync() =>
        (await world.Host.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;
}
