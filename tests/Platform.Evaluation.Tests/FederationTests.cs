using System.Text.Json;
using Platform.GraphQL.Federation.Composition;
using Platform.Hosting.Security;
using Platform.Testing;

namespace Platform.Evaluation.Tests;

/// <summary>
/// The module as a federation subgraph: its SDL composes (the platform's composer) with subgraphs shaped like the
/// Organization, Activities, Venues and Volunteers modules, and <c>_entities</c> resolves its <c>OrgUnit</c> and
/// <c>Activity</c> fields, all units of a request in one SQL query per field.
/// </summary>
public sealed class FederationTests(TreeFixture fixture) : IClassFixture<TreeFixture>
{
    private EvaluationHost Host => fixture.Host;

    [Fact]
    public async Task The_subgraph_composes_with_the_other_modules_and_owns_its_fields()
    {
        var sdl = await SdlAsync();

        var result = SupergraphComposer.Compose([
            new SubgraphDefinition("evaluation", new Uri("http://127.0.0.1:4105/graphql"), sdl),
            new SubgraphDefinition("organization", new Uri("http://127.0.0.1:4101/graphql"), StandInSubgraphs.Organization),
            new SubgraphDefinition("activities", new Uri("http://127.0.0.1:4104/graphql"), StandInSubgraphs.Activities),
            new SubgraphDefinition("venues", new Uri("http://127.0.0.1:4103/graphql"), StandInSubgraphs.Venues),
            new SubgraphDefinition("volunteers", new Uri("http://127.0.0.1:4102/graphql"), StandInSubgraphs.Volunteers),
        ]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Code}: {e.Message}")));
        var types = result.Supergraph!.Types;
        Assert.Equal(["evaluation"], types["OrgUnit"].Fields["satisfaction"].Sources.Select(s => s.Subgraph));
        Assert.Equal(["evaluation"], types["OrgUnit"].Fields["assessments"].Sources.Select(s => s.Subgraph));
        Assert.Equal(["evaluation"], types["Activity"].Fields["feedback"].Sources.Select(s => s.Subgraph));
        Assert.Contains(types["ServiceOrder"].Keys, key => key.Subgraph == "evaluation" && !key.Resolvable);
        Assert.Contains(types["Activity"].Keys, key => key.Subgraph == "evaluation" && key.Resolvable);
    }

    [Fact]
    public async Task The_service_sdl_declares_the_entities_it_extends_and_references()
    {
        var sdl = await SdlAsync();

        Assert.Contains("type OrgUnit @key(fields: \"id\")", sdl);
        Assert.Contains("type Activity @key(fields: \"id\")", sdl);
        Assert.Contains("type ServiceOrder @key(fields: \"id\", resolvable: false)", sdl);
        Assert.Contains("@link(url: \"https://specs.apollo.dev/federation/", sdl);
    }

    [Fact]
    public async Task Entities_resolve_OrgUnit_assessments_and_satisfaction_for_the_units_admin_and_malformed_ids_are_null()
    {
        var tree = fixture.Tree;
        var id = (await Host.CreateAssessmentAsync(tree.StationA, "2029-H1")).GetProperty("id").GetString()!;
        await Host.RateActivityAsync(UnitTree.NewId(), tree.StationA, 5);
        object[] representations = [new { __typename = "OrgUnit", id = tree.StationA }, new { __typename = "OrgUnit", id = "bad" }];
        const string Query = "query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id assessments { id period status } satisfaction { ratings } } } }";

        var own = await Host.PostAsync(Query, new { r = representations }, Host.Token(PlatformRoles.UnitAdmin, tree.StationA));
        var sibling = await Host.PostAsync(Query, new { r = representations }, Host.Token(PlatformRoles.UnitAdmin, tree.StationB));

        var entity = own.Ok().GetProperty("_entities")[0];
        Assert.Equal(id, entity.GetProperty("assessments")[0].GetProperty("id").GetString());
        Assert.Equal(1, entity.GetProperty("satisfaction").GetProperty("ratings").GetInt32());
        Assert.Equal(JsonValueKind.Null, own.Data.GetProperty("_entities")[1].ValueKind);
        Assert.Equal("FORBIDDEN", sibling.ErrorCode());
        Assert.Equal(JsonValueKind.Null, sibling.Data.GetProperty("_entities")[0].GetProperty("assessments").ValueKind);
        Assert.Equal(1, sibling.Data.GetProperty("_entities")[0].GetProperty("satisfaction").GetProperty("ratings").GetInt32());
    }

    [Fact]
    public async Task Satisfaction_of_many_units_and_feedback_of_many_activities_load_in_one_query_each()
    {
        var counter = new SqlCommandCounter();
        await using var host = await EvaluationHost.StartPostgresAsync(counter);
        var units = Enumerable.Range(0, 5).Select(_ => UnitTree.NewId()).ToList();
        var activities = Enumerable.Range(0, 5).Select(_ => UnitTree.NewId()).ToList();
        for (var i = 0; i < units.Count; i++)
        {
            for (var score = 1; score <= i + 1; score++)
            {
                await host.RateActivityAsync(activities[i], units[i], score);
            }
        }

        counter.Reset();
        var unitAnswer = await host.PostAsync("query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { satisfaction(period: \"2026-H1\") { ratings } } } }",
            new { r = units.Select(id => new { __typename = "OrgUnit", id }).ToArray() });
        var unitQueries = counter.Count;
        counter.Reset();
        var activityAnswer = await host.PostAsync("query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id feedback { ratings averageScore } } } }",
            new { r = activities.Select(id => new { __typename = "Activity", id }).ToArray() });

        Assert.Equal(2, unitQueries); // one over ratings, one over messages
        Assert.Equal(1, counter.Count);
        Assert.Equal([1, 2, 3, 4, 5], unitAnswer.Ok().GetProperty("_entities").EnumerateArray().Select(e => e.GetProperty("satisfaction").GetProperty("ratings").GetInt32()));
        Assert.Equal([1, 1.5, 2, 2.5, 3], activityAnswer.Ok().GetProperty("_entities").EnumerateArray().Select(e => e.GetProperty("feedback").GetProperty("averageScore").GetDouble()));
    }

    private async Task<string> SdlAsync() =>
        (await Host.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;
}
