namespace Platform.Volunteers.Tests;

/// <summary>Teams are federation entities keyed by id, so other subgraphs (Activities) can add fields to them.</summary>
public sealed class TeamEntityTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_team_reference_resolves_to_the_team_and_an_unknown_or_malformed_one_to_null()
    {
        var unit = VolunteerClient.NewUnit();
        var code = (await fixture.Host.PostAsync("{ teamCategories { code } }")).Ok().GetProperty("teamCategories")[0].GetProperty("code").GetString();
        var team = (await fixture.Host.PostAsync(
            "mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }",
            new { input = new { name = "宣讲队", categoryCode = code, unitId = unit, level = "GENERAL_BRIGADE" } }, fixture.Host.UnitAdmin(unit)))
            .Ok().GetProperty("createTeam").GetProperty("id").GetString();

        var entities = (await fixture.Host.PostAsync(
            "query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Team { id name } } }",
            new { reps = new[] { team, VolunteerClient.NewUnit(), "x" }.Select(id => new { __typename = "Team", id }) })).Ok().GetProperty("_entities");
        var sdl = (await fixture.Host.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;

        Assert.Equal("宣讲队", entities[0].GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, entities[1].ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, entities[2].ValueKind);
        Assert.Contains("type Team @key(fields: \"id\")", sdl);
    }
}
