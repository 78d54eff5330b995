namespace Platform.Volunteers.Tests;

/// <summary>Teams: the seeded category catalog (8+N, Shandong's 17), local categories, the brigade structure, members.</summary>
public sealed class TeamTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string CreateTeam = "mutation($input: CreateTeamInput!) { createTeam(input: $input) { id level category { code name } unit { id } parentTeam { id } } }";

    private VolunteersHost Host => fixture.Host;

    [Fact]
    public async Task The_catalog_holds_the_standing_eight_and_shandongs_seventeen()
    {
        var categories = (await Host.PostAsync("{ teamCategories { code name standingEight shandongSeventeen local } }")).Ok().GetProperty("teamCategories").EnumerateArray().ToList();

        var eight = categories.Where(c => c.GetProperty("standingEight").GetBoolean()).Select(c => c.GetProperty("name").GetString()).ToList();
        var seventeen = categories.Where(c => c.GetProperty("shandongSeventeen").GetBoolean()).Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(8, eight.Count);
        Assert.Equal(17, seventeen.Count);
        Assert.Contains("扶贫帮困", eight);
        Assert.DoesNotContain("扶贫帮困", seventeen);
        Assert.Contains("移风易俗", seventeen);
        Assert.Contains("关爱未成年人", seventeen);
        Assert.Equal(7, eight.Intersect(seventeen).Count());
        Assert.DoesNotContain(categories, c => c.GetProperty("local").GetBoolean());
    }

    [Fact]
    public async Task A_units_local_category_is_open_to_that_unit_only()
    {
        var unit = VolunteerClient.NewUnit();
        var other = VolunteerClient.NewUnit();
        var code = (await Host.PostAsync("mutation($u: ID!) { addLocalTeamCategory(unitId: $u, name: \"乡贤文化宣传队\") { code } }", new { u = unit }, Host.UnitAdmin(unit)))
            .Ok().GetProperty("addLocalTeamCategory").GetProperty("code").GetString();

        var mine = await Host.PostAsync(CreateTeam, new { input = new { name = "乡贤队", categoryCode = code, unitId = unit, level = "GENERAL_BRIGADE" } }, Host.UnitAdmin(unit));
        var theirs = await Host.PostAsync(CreateTeam, new { input = new { name = "乡贤队", categoryCode = code, unitId = other, level = "GENERAL_BRIGADE" } }, Host.UnitAdmin(other));
        var listed = (await Host.PostAsync("query($u: ID!) { teamCategories(unitId: $u) { code local } }", new { u = unit })).Ok().GetProperty("teamCategories");

        Assert.Equal("乡贤文化宣传队", mine.Ok().GetProperty("createTeam").GetProperty("category").GetProperty("name").GetString());
        Assert.Equal("TEAM_CATEGORY_NOT_FOUND", theirs.ErrorCode());
        Assert.Contains(listed.EnumerateArray(), c => c.GetProperty("code").GetString() == code && c.GetProperty("local").GetBoolean());
    }

    [Fact]
    public async Task Teams_follow_the_brigade_structure_and_take_members()
    {
        var unit = VolunteerClient.NewUnit();
        var admin = Host.UnitAdmin(unit);
        var brigade = await CreateAsync(unit, "GENERAL_BRIGADE", null);
        var detachment = await CreateAsync(unit, "DETACHMENT", brigade);
        var village = await CreateAsync(unit, "BRIGADE", detachment);
        var misplaced = await Host.PostAsync(CreateTeam, new { input = new { name = "错位", categoryCode = "LEGAL_SERVICES", unitId = unit, level = "BRIGADE", parentTeamId = brigade } }, admin);
        var volunteer = await Host.RegisterAsync(unit);

        var added = await Host.PostAsync("mutation($t: ID!, $v: ID!) { addTeamMember(teamId: $t, volunteerId: $v) { members { id } } }", new { t = village, v = volunteer }, admin);
        var twice = await Host.PostAsync("mutation($t: ID!, $v: ID!) { addTeamMember(teamId: $t, volunteerId: $v) { id } }", new { t = village, v = volunteer }, admin);
        var team = (await Host.PostAsync("query($id: ID!) { team(id: $id) { level parentTeam { level parentTeam { level } } unit { id } } }", new { id = village })).Ok().GetProperty("team");
        var anonymousMembers = await Host.PostAsync("query($id: ID!) { team(id: $id) { members { realName } } }", new { id = village });

        Assert.Equal("TEAM_LEVEL_MISMATCH", misplaced.ErrorCode());
        Assert.Equal(volunteer, added.Ok().GetProperty("addTeamMember").GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("ALREADY_TEAM_MEMBER", twice.ErrorCode());
        Assert.Equal("BRIGADE", team.GetProperty("level").GetString());
        Assert.Equal("DETACHMENT", team.GetProperty("parentTeam").GetProperty("level").GetString());
        Assert.Equal("GENERAL_BRIGADE", team.GetProperty("parentTeam").GetProperty("parentTeam").GetProperty("level").GetString());
        Assert.Equal(unit, team.GetProperty("unit").GetProperty("id").GetString());
        Assert.Equal("UNAUTHENTICATED", anonymousMembers.ErrorCode());
    }

    private async Task<string> CreateAsync(string unit, string level, string? parent) =>
        (await Host.PostAsync(CreateTeam, new { input = new { name = level + "队", categoryCode = "THEORY_POLICY", unitId = unit, level, parentTeamId = parent } }, Host.UnitAdmin(unit)))
            .Ok().GetProperty("createTeam").GetProperty("id").GetString()!;
}
