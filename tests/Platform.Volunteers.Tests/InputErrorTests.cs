namespace Platform.Volunteers.Tests;

/// <summary>Malformed ids and unknown rows get coded GraphQL errors, never a crash.</summary>
public sealed class InputErrorTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private VolunteersHost Host => fixture.Host;

    [Theory]
    [InlineData("query { volunteer(id: \"not-an-id\") { id } }", "INVALID_ID")]
    [InlineData("query { volunteers(unitId: \"ABC\") { totalCount } }", "INVALID_ID")]
    [InlineData("query { serviceRecord(id: \"1\") { id } }", "INVALID_ID")]
    [InlineData("mutation { revokeServiceRecord(id: \"00000000000000000000000000000000\", reason: \"x\") { id } }", "SERVICE_RECORD_NOT_FOUND")]
    [InlineData("mutation { addTeamMember(teamId: \"00000000000000000000000000000000\", volunteerId: \"00000000000000000000000000000000\") { id } }", "TEAM_NOT_FOUND")]
    [InlineData("mutation { createTeam(input: { name: \"队\", categoryCode: \"NO_SUCH\", unitId: \"00000000000000000000000000000000\", level: GENERAL_BRIGADE }) { id } }", "TEAM_CATEGORY_NOT_FOUND")]
    [InlineData("mutation { redeemPoints(input: { volunteerId: \"00000000000000000000000000000000\", points: 1, idempotencyKey: \"k\" }) { id } }", "VOLUNTEER_NOT_FOUND")]
    public async Task Bad_ids_and_unknown_rows_get_coded_errors(string query, string code)
    {
        var response = await Host.PostAsync(query, token: Host.PlatformAdmin());

        Assert.Equal(code, response.ErrorCode());
    }

    [Fact]
    public async Task Unknown_volunteers_read_as_null()
    {
        var response = await Host.PostAsync("query($id: ID!) { volunteer(id: $id) { id } }", new { id = VolunteerClient.NewUnit() }, Host.PlatformAdmin());

        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Ok().GetProperty("volunteer").ValueKind);
    }

    [Fact]
    public async Task An_empty_idempotency_key_and_a_blank_name_are_refused()
    {
        var unit = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(unit);

        var key = await Host.RedeemRawAsync(volunteer, 1, "", Host.UnitAdmin(unit));
        var name = await Host.PostAsync(VolunteerClient.Register,
            new { input = new { realName = "  ", idCardNumber = VolunteerClient.NewIdCardNumber(), phone = VolunteerClient.NewPhone(), homeUnitId = unit } }, Host.UnitAdmin(unit));

        Assert.Equal("INVALID_IDEMPOTENCY_KEY", key.ErrorCode());
        Assert.Equal("INVALID_NAME", name.ErrorCode());
    }
}
