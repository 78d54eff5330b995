using System.Text.Json;
using Platform.Testing;
using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>
/// The activity fields this subgraph adds to other modules' entities (<c>OrgUnit.activities</c>,
/// <c>OrgUnit.activityCounts</c>, <c>Team.activities</c>, <c>Volunteer.activities</c>), reached the way a gateway
/// reaches them (<c>_entities</c>), each loaded for all entities of a request in one SQL query.
/// </summary>
public sealed class GraphFieldTests
{
    private const string UnitFields = """
        query($reps: [_Any!]!) { _entities(representations: $reps) { ... on OrgUnit {
          id
          activities(year: 2026, first: 2) { totalCount pageInfo { hasNextPage } nodes { id content } }
          theory: activities(year: 2026, content: STUDY_THEORY) { totalCount }
          activityCounts(year: 2026) { year total theoryLectures meetsYearlyMinimum meetsCommunityTheoryQuota meetsRuralTheoryQuota byContent { content count } }
        } } }
        """;

    [Fact]
    public async Task Unit_activities_and_yearly_counts_load_for_many_units_in_one_query_each()
    {
        var counter = new SqlCommandCounter();
        await using var host = await ActivitiesHost.StartPostgresAsync(counter);
        var units = Enumerable.Range(0, 6).Select(_ => NewId()).ToArray();
        var busy = units[0];
        var contents = new[] { "STUDY_THEORY", "STUDY_THEORY", "STUDY_THEORY", "ENRICH_CULTURE", "REFORM_CUSTOMS" };
        foreach (var (content, i) in contents.Select((c, i) => (c, i)))
        {
            await host.CreatePublishedAsync(busy, Details(content: content, start: Start.AddDays(i), isPublic: i % 2 == 0));
        }

        await host.CreateAsync(busy, Details(content: "STUDY_THEORY"));                                    // a draft: not counted
        var cancelled = await host.CreatePublishedAsync(busy, Details(content: "STUDY_THEORY"));
        (await host.MoveAsync("cancelActivity", cancelled)).Ok();                                        // cancelled: not counted
        await host.CreatePublishedAsync(busy, Details(content: "STUDY_THEORY", start: new DateTimeOffset(2025, 12, 31, 15, 0, 0, TimeSpan.Zero))); // 2025-12-31 23:00 in China
        await host.CreatePublishedAsync(busy, Details(content: "ENRICH_CULTURE", start: new DateTimeOffset(2025, 12, 31, 16, 0, 0, TimeSpan.Zero))); // 2026-01-01 00:00 in China
        await host.CreatePublishedAsync(units[1], Details(content: "PUBLICIZE_POLICY"));

        counter.Reset();
        var response = await host.PostAsync(UnitFields, new { reps = units.Select(id => new { __typename = "OrgUnit", id }) }, host.PlatformAdmin());
        var commands = counter.Count;
        var anonymous = await host.PostAsync(UnitFields, new { reps = new[] { new { __typename = "OrgUnit", id = busy } } });

        var entities = response.Ok().GetProperty("_entities");
        var first = entities[0];
        Assert.Equal(7, first.GetProperty("activities").GetProperty("totalCount").GetInt32());   // the cancelled one is listed, not counted
        Assert.True(first.GetProperty("activities").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(2, first.GetProperty("activities").GetProperty("nodes").GetArrayLength());
        Assert.Equal(4, first.GetProperty("theory").GetProperty("totalCount").GetInt32());
        var counts = first.GetProperty("activityCounts");
        Assert.Equal(6, counts.GetProperty("total").GetInt32());
        Assert.Equal(3, counts.GetProperty("theoryLectures").GetInt32());
        Assert.False(counts.GetProperty("meetsYearlyMinimum").GetBoolean());
        Assert.False(counts.GetProperty("meetsCommunityTheoryQuota").GetBoolean());
        Assert.True(counts.GetProperty("meetsRuralTheoryQuota").GetBoolean());
        Assert.Equal([3, 0, 0, 2, 1], counts.GetProperty("byContent").EnumerateArray().Select(c => c.GetProperty("count").GetInt32()));
        Assert.Equal(1, entities[1].GetProperty("activityCounts").GetProperty("total").GetInt32());
        Assert.All(entities.EnumerateArray().Skip(2), unit => Assert.Equal(0, unit.GetProperty("activityCounts").GetProperty("total").GetInt32()));
        Assert.True(commands <= 3, $"{commands} SQL commands for 6 units");
        Assert.Equal(5, anonymous.Ok().GetProperty("_entities")[0].GetProperty("activities").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Team_activities_load_for_many_teams_in_one_query()
    {
        var counter = new SqlCommandCounter();
        await using var host = await ActivitiesHost.StartPostgresAsync(counter);
        var teams = Enumerable.Range(0, 5).Select(_ => NewId()).ToArray();
        var both = await host.CreatePublishedAsync(NewId(), Details(teams: [teams[0], teams[1]]));
        var one = await host.CreatePublishedAsync(NewId(), Details(teams: [teams[0]], start: Start.AddDays(1)));
        await host.CreateAsync(NewId(), Details(teams: [teams[0]]));

        counter.Reset();
        var response = await host.PostAsync(
            "query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Team { id activities { id teams { id } } } } }",
            new { reps = teams.Select(id => new { __typename = "Team", id }) });

        var entities = response.Ok().GetProperty("_entities");
        Assert.Equal([one, both], entities[0].GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal([both], entities[1].GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(0, entities[2].GetProperty("activities").GetArrayLength());
        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public async Task Changing_an_activitys_teams_moves_it_between_the_teams_lists()
    {
        await using var host = await ActivitiesHost.StartPostgresAsync();
        var teams = Enumerable.Range(0, 3).Select(_ => NewId()).ToArray();
        var id = await host.CreatePublishedAsync(NewId(), Details(teams: [teams[0], teams[1]]));

        (await host.PostAsync(Update, new { id, input = Details(teams: [teams[1], teams[2]]) }, host.PlatformAdmin())).Ok();
        var entities = (await host.PostAsync(
            "query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Team { activities { id } } } }",
            new { reps = teams.Select(team => new { __typename = "Team", id = team }) })).Ok().GetProperty("_entities");

        Assert.Equal([0, 1, 1], entities.EnumerateArray().Select(team => team.GetProperty("activities").GetArrayLength()));
        Assert.Equal([teams[1], teams[2]], (await host.ActivityAsync(id, "teams { id }")).GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_volunteers_activities_are_for_the_volunteer_and_the_organizers_admins_only_and_load_in_one_query()
    {
        var counter = new SqlCommandCounter();
        await using var host = await ActivitiesHost.StartPostgresAsync(counter);
        host.Clock.Set(Start.AddDays(-1));
        var (unit, otherUnit) = (NewId(), NewId());
        var volunteers = Enumerable.Range(0, 4).Select(_ => NewId()).ToArray();
        var here = await host.CreatePublishedAsync(unit);
        var there = await host.CreatePublishedAsync(otherUnit, Details(start: Start.AddDays(1)));
        foreach (var volunteer in volunteers)
        {
            (await host.AttendAsync("signUpForActivity", here, volunteer)).Ok();
            (await host.AttendAsync("signUpForActivity", there, volunteer)).Ok();
        }

        const string Query = "query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Volunteer { id activities { id } } } }";
        object Reps(params string[] ids) => new { reps = ids.Select(id => new { __typename = "Volunteer", id }) };
        List<string?> Ids(GraphQLResponse response, int index) =>
            [.. response.Ok().GetProperty("_entities")[index].GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString())];

        counter.Reset();
        var asPlatform = await host.PostAsync(Query, Reps(volunteers), host.PlatformAdmin());
        var commands = counter.Count;
        var asThemself = await host.PostAsync(Query, Reps(volunteers[0]), host.Volunteer(volunteers[0]));
        var asUnitAdmin = await host.PostAsync(Query, Reps(volunteers[0]), host.Token("unit-admin", unit));
        var asOtherVolunteer = await host.PostAsync(Query, Reps(volunteers[0]), host.Volunteer(volunteers[1]));
        var anonymous = await host.PostAsync(Query, Reps(volunteers[0]));

        Assert.All(Enumerable.Range(0, 4), i => Assert.Equal([there, here], Ids(asPlatform, i)));
        Assert.Equal(1, commands);
        Assert.Equal([there, here], Ids(asThemself, 0));
        Assert.Equal([here], Ids(asUnitAdmin, 0));
        Assert.Empty(Ids(asOtherVolunteer, 0));
        Assert.Equal("UNAUTHENTICATED", anonymous.ErrorCode());
    }
}
