using Platform.Hosting.Security;

namespace Platform.Volunteers.Tests;

/// <summary>
/// Every mutation checks the caller's scope: with no Organization subgraph configured, the admin of exactly the unit
/// concerned (registration into it, teams of it, records it organized) or a platform admin; anonymous callers,
/// volunteers and other units' admins are refused, and nothing changes. <see cref="SubtreeScopeTests"/> covers subtrees.
/// </summary>
public sealed class AuthorizationTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private VolunteersHost Host => fixture.Host;

    /// <summary>Every mutation as (name, document, variables) over a unit that holds a volunteer with records of 2 and 1 hours and a team.</summary>
    internal static async Task<IReadOnlyList<(string Name, string Query, object Variables)>> MutationsAsync(VolunteersHost host, string unit)
    {
        var volunteer = await host.RegisterAsync(unit);
        var record = await host.RecordAsync(volunteer, unit, 2);
        var revocable = await host.RecordAsync(volunteer, unit, 1, "2026-01-10");
        var team = (await host.PostAsync(
            "mutation($u: ID!) { createTeam(input: { name: \"总队\", categoryCode: \"THEORY_POLICY\", unitId: $u, level: GENERAL_BRIGADE }) { id } }",
            new { u = unit }, host.UnitAdmin(unit))).Ok().GetProperty("createTeam").GetProperty("id").GetString();
        return
        [
            ("register", VolunteerClient.Register, new { input = VolunteerClient.RegistrationInput(unit) }),
            ("localCategory", "mutation($u: ID!) { addLocalTeamCategory(unitId: $u, name: \"乡贤文化宣传队\") { code } }", new { u = unit }),
            ("createTeam", "mutation($u: ID!) { createTeam(input: { name: \"宣讲队\", categoryCode: \"THEORY_POLICY\", unitId: $u, level: UNIT_SQUAD }) { id } }", new { u = unit }),
            ("addMember", "mutation($t: ID!, $v: ID!) { addTeamMember(teamId: $t, volunteerId: $v) { id } }", new { t = team, v = volunteer }),
            ("record", VolunteerClient.Record, new { input = new { volunteerId = volunteer, activityId = "a1", unitId = unit, serviceDate = "2026-03-01", hours = 1, content = "服务" } }),
            ("redeem", VolunteerClient.Redeem, new { input = new { volunteerId = volunteer, points = 1, idempotencyKey = "auth" } }),
            ("correct", "mutation($id: ID!) { correctServiceRecord(id: $id, input: { hours: 3, reason: \"更正\" }) { id } }", new { id = record }),
            ("revoke", "mutation($id: ID!) { revokeServiceRecord(id: $id, reason: \"撤销\") { id } }", new { id = revocable }),
            ("move", "mutation($v: ID!, $u: ID!) { changeVolunteerHomeUnit(volunteerId: $v, homeUnitId: $u) { id } }", new { v = volunteer, u = unit }),
        ];
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "anonymous", "UNAUTHENTICATED" },
        { "volunteer", "FORBIDDEN" },
        { "other-unit-admin", "FORBIDDEN" },
        { "province-admin", "FORBIDDEN" },
        { "unit-admin-without-unit", "FORBIDDEN" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Callers_without_the_units_scope_can_use_no_mutation(string caller, string code)
    {
        var unit = VolunteerClient.NewUnit();
        var mutations = await MutationsAsync(Host, unit);
        var token = caller switch
        {
            "anonymous" => null,
            "volunteer" => Host.Token(PlatformRoles.Volunteer, unit, VolunteerClient.NewUnit()),
            "other-unit-admin" => Host.UnitAdmin(VolunteerClient.NewUnit()),
            "province-admin" => Host.Token(PlatformRoles.ProvinceAdmin, VolunteerClient.NewUnit()),
            _ => Host.Token(PlatformRoles.UnitAdmin),
        };

        foreach (var (name, query, variables) in mutations)
        {
            var response = await Host.PostAsync(query, variables, token);
            Assert.True(code == response.ErrorCode(), $"{name}: {response.Text}");
        }

        var volunteers = await Host.PostAsync("query($u: ID!) { volunteers(unitId: $u) { totalCount nodes { totalHours pointsBalance } } teams(unitId: $u) { members { id } } }", new { u = unit }, Host.PlatformAdmin());
        var data = volunteers.Ok();
        Assert.Equal(1, data.GetProperty("volunteers").GetProperty("totalCount").GetInt32());
        Assert.Equal(3, data.GetProperty("volunteers").GetProperty("nodes")[0].GetProperty("totalHours").GetDouble());
        Assert.Equal(30, data.GetProperty("volunteers").GetProperty("nodes")[0].GetProperty("pointsBalance").GetInt64());
        Assert.Equal(1, data.GetProperty("teams").GetArrayLength());
        Assert.Equal(0, data.GetProperty("teams")[0].GetProperty("members").GetArrayLength());
    }

    [Theory]
    [InlineData("unit-admin")]
    [InlineData("platform-admin")]
    public async Task The_units_admin_and_a_platform_admin_may_use_every_mutation(string caller)
    {
        var unit = VolunteerClient.NewUnit();
        var mutations = await MutationsAsync(Host, unit);
        var token = caller == "unit-admin" ? Host.UnitAdmin(unit) : Host.PlatformAdmin();

        foreach (var (name, query, variables) in mutations)
        {
            var response = await Host.PostAsync(query, variables, token);
            Assert.False(response.HasErrors, $"{name}: {response.Text}");
        }
    }

    [Fact]
    public async Task Only_the_organizing_unit_records_and_corrects_even_for_volunteers_of_other_units()
    {
        var home = VolunteerClient.NewUnit();
        var organizer = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(home);

        var byHome = await Host.RecordRawAsync(volunteer, organizer, 2, token: Host.UnitAdmin(home));
        var byOrganizer = await Host.RecordRawAsync(volunteer, organizer, 2, token: Host.UnitAdmin(organizer));
        var record = byOrganizer.Ok().GetProperty("recordService").GetProperty("id").GetString();
        var homeRevokes = await Host.PostAsync("mutation($id: ID!) { revokeServiceRecord(id: $id, reason: \"x\") { id } }", new { id = record }, Host.UnitAdmin(home));

        Assert.Equal("FORBIDDEN", byHome.ErrorCode());
        Assert.Equal("FORBIDDEN", homeRevokes.ErrorCode());
    }
}
