using Platform.Hosting.Security;

namespace Platform.Volunteers.Tests;

/// <summary>
/// The module as a federation subgraph: Volunteer an entity, OrgUnit extended with volunteer figures that use the
/// Organization module's residentPopulation through @requires, Activity referenced by key only.
/// </summary>
public sealed class FederationTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Entities = "query($r: [_Any!]!) { _entities(representations: $r) { __typename ";

    private VolunteersHost Host => fixture.Host;

    [Fact]
    public async Task The_subgraph_sdl_declares_the_entities_and_the_required_population()
    {
        var sdl = (await Host.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;

        Assert.Contains("type Volunteer @key(fields: \"id\")", sdl);
        Assert.Contains("type OrgUnit @key(fields: \"id\")", sdl);
        Assert.Contains("residentPopulation: Int @external", sdl);
        Assert.Contains("registeredVolunteerShare: Float @requires(fields: \"residentPopulation\")", sdl);
        Assert.Contains("volunteersWithHoursShare: Float @requires(fields: \"residentPopulation\")", sdl);
        Assert.Contains("type Activity @key(fields: \"id\", resolvable: false)", sdl);
        Assert.DoesNotContain("Cipher", sdl, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Volunteer_entities_resolve_by_id_with_masking_by_caller()
    {
        var unit = VolunteerClient.NewUnit();
        var phone = VolunteerClient.NewPhone();
        var volunteer = await Host.RegisterAsync(unit, phone: phone);
        var query = Entities + "... on Volunteer { id realName phone homeUnit { id } } } }";
        var representations = new object[]
        {
            new { __typename = "Volunteer", id = volunteer },
            new { __typename = "Volunteer", id = VolunteerClient.NewUnit() },
        };

        var asAdmin = (await Host.PostAsync(query, new { r = representations }, Host.UnitAdmin(unit))).Ok().GetProperty("_entities");
        var asOther = (await Host.PostAsync(query, new { r = representations }, Host.Token(PlatformRoles.Volunteer, volunteerId: VolunteerClient.NewUnit()))).Ok().GetProperty("_entities");
        var anonymous = await Host.PostAsync(query, new { r = representations });

        Assert.Equal(phone, asAdmin[0].GetProperty("phone").GetString());
        Assert.Equal(unit, asAdmin[0].GetProperty("homeUnit").GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, asAdmin[1].ValueKind);
        Assert.Equal("138****" + phone[7..], asOther[0].GetProperty("phone").GetString());
        Assert.Equal("UNAUTHENTICATED", anonymous.ErrorCode());
    }

    [Fact]
    public async Task OrgUnit_entities_count_volunteers_and_use_the_required_population_for_shares()
    {
        var unit = VolunteerClient.NewUnit();
        var party = new[] { await Host.RegisterAsync(unit, partyMember: true), await Host.RegisterAsync(unit, partyMember: true) };
        var others = new[] { await Host.RegisterAsync(unit), await Host.RegisterAsync(unit) };
        await Host.RecordAsync(party[0], unit, 3);
        await Host.RecordAsync(others[0], unit, 2);
        var revoked = await Host.RecordAsync(others[1], unit, 2);
        await Host.PostAsync("mutation($id: ID!) { revokeServiceRecord(id: $id, reason: \"误录\") { id } }", new { id = revoked }, Host.UnitAdmin(unit));
        var empty = VolunteerClient.NewUnit();

        var response = await Host.PostAsync(
            Entities + "... on OrgUnit { id registeredVolunteers volunteersWithHours partyMemberVolunteers partyMemberParticipation registeredVolunteerShare volunteersWithHoursShare partyMembersWithHoursShare } } }",
            new { r = new object[] { new { __typename = "OrgUnit", id = unit, residentPopulation = 40 }, new { __typename = "OrgUnit", id = empty, residentPopulation = (int?)null } } });
        var entities = response.Ok().GetProperty("_entities");

        var counted = entities[0];
        Assert.Equal(4, counted.GetProperty("registeredVolunteers").GetInt32());
        Assert.Equal(2, counted.GetProperty("volunteersWithHours").GetInt32());
        Assert.Equal(2, counted.GetProperty("partyMemberVolunteers").GetInt32());
        Assert.Equal(0.5, counted.GetProperty("partyMemberParticipation").GetDouble());
        Assert.Equal(0.1, counted.GetProperty("registeredVolunteerShare").GetDouble());
        Assert.Equal(0.05, counted.GetProperty("volunteersWithHoursShare").GetDouble());
        Assert.Equal(0.025, counted.GetProperty("partyMembersWithHoursShare").GetDouble());
        var none = entities[1];
        Assert.Equal(0, none.GetProperty("registeredVolunteers").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, none.GetProperty("partyMemberParticipation").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, none.GetProperty("registeredVolunteerShare").ValueKind);
    }

    [Fact]
    public async Task Service_records_reference_their_activity_by_key()
    {
        var unit = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(unit);
        await Host.RecordAsync(volunteer, unit, 1);

        var records = (await Host.VolunteerAsync(volunteer, "serviceRecords { activity { __typename id } unitId }")).GetProperty("serviceRecords");

        Assert.Equal("Activity", records[0].GetProperty("activity").GetProperty("__typename").GetString());
        Assert.Equal("activity-" + unit[..8], records[0].GetProperty("activity").GetProperty("id").GetString());
        Assert.Equal(unit, records[0].GetProperty("unitId").GetString());
    }
}
