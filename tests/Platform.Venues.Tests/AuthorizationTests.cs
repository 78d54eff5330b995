using static Platform.Venues.Tests.VenueClient;

namespace Platform.Venues.Tests;

/// <summary>
/// Who may change which venues: platform admins any; unit (and province) admins, with no Organization subgraph configured,
/// only the venues of exactly the unit in their token (so a parent unit's admin is refused too); nobody else.
/// <see cref="SubtreeScopeTests"/> covers scopes over the Organization module's tree.
/// </summary>
public sealed class AuthorizationTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private VenuesHost Host => fixture.Host;

    /// <summary>Every mutation on a venue of <paramref name="unit"/>; archiving last, as it freezes the venue.</summary>
    internal static IEnumerable<(string Name, string Query, object Variables)> Mutations(string unit, string venue) =>
    [
        ("create", CreateMutation, new { unit, input = Details("新阵地") }),
        ("update", "mutation($id: ID!, $input: VenueDetailsInput!) { updateVenue(id: $id, input: $input) { id } }", new { id = venue, input = Details("改名") }),
        ("schedule", ScheduleMutation, new { id = venue, intervals = new[] { Interval("MONDAY", "09:00", "17:00") } }),
        ("rooms", "mutation($id: ID!) { setVenueRooms(id: $id, rooms: [{ name: \"室\", purposes: [THEORY] }]) { id } }", new { id = venue }),
        ("checklist", "mutation($id: ID!) { setVenueChecklist(id: $id, checklist: { fixedPlace: true, signage: true, officeFacilities: true, publicityDisplays: true }) { id } }", new { id = venue }),
        ("archive", "mutation($id: ID!) { archiveVenue(id: $id) { id } }", new { id = venue }),
    ];

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData("volunteer", "FORBIDDEN")]
    public async Task Anonymous_callers_and_volunteers_cannot_use_any_mutation(string? role, string code)
    {
        var unit = NewUnitId();
        var venue = await Host.CreateVenueAsync(unit, "原样");
        var token = role is null ? null : Host.Token(role, unit);

        foreach (var (name, query, variables) in Mutations(unit, venue))
        {
            var response = await Host.PostAsync(query, variables, token);
            Assert.True(code == response.ErrorCode(), $"{name}: {response.Text}");
        }

        var after = await Host.VenueAsync(venue, "name archived weeklyOpenHours rooms { name } checklist { fixedPlace }");
        Assert.Equal("原样", after.GetProperty("name").GetString());
        Assert.False(after.GetProperty("archived").GetBoolean());
        Assert.Equal(0, after.GetProperty("weeklyOpenHours").GetDouble());
        Assert.Equal(0, after.GetProperty("rooms").GetArrayLength());
        Assert.False(after.GetProperty("checklist").GetProperty("fixedPlace").GetBoolean());
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData("volunteer", "FORBIDDEN")]
    public async Task Callers_who_may_change_nothing_learn_nothing_about_ids(string? role, string code)
    {
        var token = role is null ? null : Host.Token(role);

        var unknown = await Host.PostAsync("mutation { archiveVenue(id: \"0123456789abcdef0123456789abcdef\") { id } }", token: token);
        var malformed = await Host.PostAsync("mutation { archiveVenue(id: \"x\") { id } }", token: token);

        Assert.Equal(code, unknown.ErrorCode());
        Assert.Equal(code, malformed.ErrorCode());
    }

    [Theory]
    [InlineData("platform-admin", false)]
    [InlineData("unit-admin", true)]
    [InlineData("province-admin", true)]
    public async Task Platform_admins_and_admins_of_the_venues_unit_may_use_every_mutation(string role, bool scoped)
    {
        var unit = NewUnitId();
        var venue = await Host.CreateVenueAsync(unit, "可改");
        var token = Host.Token(role, scoped ? unit : null);

        foreach (var (name, query, variables) in Mutations(unit, venue))
        {
            var response = await Host.PostAsync(query, variables, token);
            Assert.False(response.HasErrors, $"{name}: {response.Text}");
        }

        var after = await Host.VenueAsync(venue, "name archived weeklyOpenHours");
        Assert.Equal("改名", after.GetProperty("name").GetString());
        Assert.True(after.GetProperty("archived").GetBoolean());
        Assert.Equal(8, after.GetProperty("weeklyOpenHours").GetDouble());
    }

    [Fact]
    public async Task An_admin_of_another_unit_even_a_parent_unit_may_change_nothing()
    {
        var unit = NewUnitId();
        var venue = await Host.CreateVenueAsync(unit, "别人的");
        var token = Host.Token("unit-admin", NewUnitId());

        foreach (var (name, query, variables) in Mutations(unit, venue))
        {
            var response = await Host.PostAsync(query, variables, token);
            Assert.True(response.ErrorCode() == "FORBIDDEN", $"{name}: {response.Text}");
        }

        Assert.Equal("别人的", (await Host.VenueAsync(venue, "name")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_admin_token_without_a_unit_claim_may_change_nothing()
    {
        var unit = NewUnitId();
        var venue = await Host.CreateVenueAsync(unit, "无范围");

        var update = await Host.PostAsync("mutation($id: ID!) { archiveVenue(id: $id) { id } }", new { id = venue }, Host.Token("unit-admin"));
        var create = await Host.PostAsync(CreateMutation, new { unit, input = Details("新") }, Host.Token("unit-admin"));

        Assert.Equal("FORBIDDEN", update.ErrorCode());
        Assert.Equal("FORBIDDEN", create.ErrorCode());
    }
}
