using static Platform.Venues.Tests.VenueClient;

namespace Platform.Venues.Tests;

/// <summary>What each mutation accepts and refuses (as a platform admin, so only the rules speak), and what it stores.</summary>
public sealed class MutationRuleTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Update =
        "mutation($id: ID!, $input: VenueDetailsInput!) { updateVenue(id: $id, input: $input) { name address latitude longitude kind contactPhone qrCodeUrl } }";

    private const string Rooms =
        "mutation($id: ID!, $rooms: [FunctionRoomInput!]!) { setVenueRooms(id: $id, rooms: $rooms) { hasThreeFunctionRooms rooms { name purposes } roomsByPurpose { purpose rooms { name } } } }";

    private const string Checklist =
        "mutation($id: ID!, $c: VenueChecklistInput!) { setVenueChecklist(id: $id, checklist: $c) { checklist { fixedPlace signage officeFacilities publicityDisplays complete } } }";

    private VenuesHost Host => fixture.Host;

    private string Admin => Host.Token("platform-admin");

    [Fact]
    public async Task Create_stores_the_details_trimmed_and_the_unit_it_belongs_to()
    {
        var unit = NewUnitId();
        var response = await Host.PostAsync(
            "mutation($unit: ID!, $input: VenueDetailsInput!) { createVenue(unitId: $unit, input: $input) { id name kind latitude contactPhone qrCodeUrl unit { id } archived } }",
            new { unit, input = Details("  新时代文明实践站  ", 37.5, 112.25, "FAMILY_STATION", " 0351-1234567 ", "https://example.org/qr/1") },
            Admin);

        var venue = response.Ok().GetProperty("createVenue");
        Assert.Equal("新时代文明实践站", venue.GetProperty("name").GetString());
        Assert.Equal("FAMILY_STATION", venue.GetProperty("kind").GetString());
        Assert.Equal(37.5, venue.GetProperty("latitude").GetDouble());
        Assert.Equal("0351-1234567", venue.GetProperty("contactPhone").GetString());
        Assert.Equal("https://example.org/qr/1", venue.GetProperty("qrCodeUrl").GetString());
        Assert.Equal(unit, venue.GetProperty("unit").GetProperty("id").GetString());
        Assert.False(venue.GetProperty("archived").GetBoolean());
    }

    [Theory]
    [InlineData("", 30.0, 110.0, null, null, "INVALID_NAME")]
    [InlineData("名\u0007", 30.0, 110.0, null, null, "INVALID_NAME")]
    [InlineData("站", 90.01, 110.0, null, null, "INVALID_COORDINATES")]
    [InlineData("站", -90.01, 110.0, null, null, "INVALID_COORDINATES")]
    [InlineData("站", 30.0, 180.01, null, null, "INVALID_COORDINATES")]
    [InlineData("站", 30.0, 110.0, "call me", null, "INVALID_PHONE")]
    [InlineData("站", 30.0, 110.0, "12", null, "INVALID_PHONE")]
    [InlineData("站", 30.0, 110.0, null, "not a url", "INVALID_URL")]
    [InlineData("站", 30.0, 110.0, null, "ftp://example.org/qr", "INVALID_URL")]
    [InlineData("站", 30.0, 110.0, null, "/qr/relative", "INVALID_URL")]
    public async Task Create_and_update_refuse_bad_details_and_update_leaves_the_venue_as_it_was(
        string name, double latitude, double longitude, string? phone, string? url, string code)
    {
        var unit = NewUnitId();
        var input = new { kind = "STATION_SITE", name, address = "地址", latitude, longitude, contactPhone = phone, qrCodeUrl = url };
        var id = await Host.CreateVenueAsync(unit, "原名", 1.0, 2.0);

        var created = await Host.PostAsync(CreateMutation, new { unit, input }, Admin);
        var updated = await Host.PostAsync(Update, new { id, input }, Admin);

        Assert.Equal(code, created.ErrorCode());
        Assert.Equal(code, updated.ErrorCode());
        var venue = await Host.VenueAsync(id, "name latitude longitude contactPhone");
        Assert.Equal("原名", venue.GetProperty("name").GetString());
        Assert.Equal(1.0, venue.GetProperty("latitude").GetDouble());
        Assert.Equal(1, (await Host.PostAsync("query($u: ID!) { _entities(representations: [{ __typename: \"OrgUnit\", id: $u }]) { ... on OrgUnit { venues { id } } } }", new { u = unit }))
            .Ok().GetProperty("_entities")[0].GetProperty("venues").GetArrayLength());
    }

    [Fact]
    public async Task Update_replaces_every_detail_and_clears_contacts_given_as_null()
    {
        var id = await Host.CreateVenueAsync(NewUnitId(), "旧");
        (await Host.PostAsync(Update, new { id, input = Details("旧", phone: "12345", url: "http://a.example/") }, Admin)).Ok();

        var response = await Host.PostAsync(Update, new { id, input = Details("新", 10.5, -20.25, "PARK_OR_SQUARE") }, Admin);

        var venue = response.Ok().GetProperty("updateVenue");
        Assert.Equal("新", venue.GetProperty("name").GetString());
        Assert.Equal("PARK_OR_SQUARE", venue.GetProperty("kind").GetString());
        Assert.Equal(-20.25, venue.GetProperty("longitude").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, venue.GetProperty("contactPhone").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, venue.GetProperty("qrCodeUrl").ValueKind);
    }

    [Fact]
    public async Task Rooms_group_by_purpose_and_three_rooms_meet_Shandongs_rule()
    {
        var id = await Host.CreateVenueAsync(NewUnitId(), "功能室");
        var two = await Host.PostAsync(Rooms, new { id, rooms = new object[]
        {
            new { name = "多功能室", purposes = new[] { "THEORY", "EDUCATION", "THEORY" } },
            new { name = "文体室", purposes = new[] { "SPORTS", "CULTURE" } },
        } }, Admin);
        var three = await Host.PostAsync(Rooms, new { id, rooms = new object[]
        {
            new { name = "多功能室", purposes = new[] { "THEORY", "EDUCATION" } },
            new { name = "文体室", purposes = new[] { "SPORTS", "CULTURE" } },
            new { name = "科普室", purposes = new[] { "SCIENCE" } },
        } }, Admin);
        var byPurpose = await Host.PostAsync("query($id: ID!) { venue(id: $id) { rooms(purpose: CULTURE) { name } } }", new { id });

        var first = two.Ok().GetProperty("setVenueRooms");
        Assert.False(first.GetProperty("hasThreeFunctionRooms").GetBoolean());
        Assert.Equal(["THEORY", "EDUCATION"], first.GetProperty("rooms")[0].GetProperty("purposes").EnumerateArray().Select(p => p.GetString()));
        var second = three.Ok().GetProperty("setVenueRooms");
        Assert.True(second.GetProperty("hasThreeFunctionRooms").GetBoolean());
        var groups = second.GetProperty("roomsByPurpose").EnumerateArray()
            .ToDictionary(g => g.GetProperty("purpose").GetString()!, g => g.GetProperty("rooms").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToArray());
        Assert.Equal(["THEORY", "EDUCATION", "CULTURE", "SPORTS", "SCIENCE"], groups.Keys.ToArray());
        Assert.Equal(["多功能室"], groups["EDUCATION"]);
        Assert.Equal(["文体室"], byPurpose.Ok().GetProperty("venue").GetProperty("rooms").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("室", "室", "THEORY")]
    [InlineData("", "乙", "THEORY")]
    [InlineData("甲", "乙", null)]
    public async Task Rooms_need_unique_names_and_a_purpose_each(string first, string second, string? purpose)
    {
        var id = await Host.CreateVenueAsync(NewUnitId(), "无效功能室");
        string[] purposes = purpose is null ? [] : [purpose];

        var response = await Host.PostAsync(Rooms, new { id, rooms = new object[]
        {
            new { name = first, purposes = new[] { "CULTURE" } },
            new { name = second, purposes },
        } }, Admin);

        Assert.Equal("INVALID_ROOMS", response.ErrorCode());
        Assert.Equal(0, (await Host.VenueAsync(id, "rooms { name }")).GetProperty("rooms").GetArrayLength());
    }

    [Fact]
    public async Task A_venue_holds_at_most_fifty_rooms()
    {
        var id = await Host.CreateVenueAsync(NewUnitId(), "多室");
        object[] Rooms(int count) => [.. Enumerable.Range(0, count).Select(i => new { name = "室" + i, purposes = new[] { "OTHER" } })];

        var fifty = await Host.PostAsync(MutationRuleTests.Rooms, new { id, rooms = Rooms(50) }, Admin);
        var more = await Host.PostAsync(MutationRuleTests.Rooms, new { id, rooms = Rooms(51) }, Admin);

        Assert.Equal(50, fifty.Ok().GetProperty("setVenueRooms").GetProperty("rooms").GetArrayLength());
        Assert.Equal("INVALID_ROOMS", more.ErrorCode());
    }

    [Fact]
    public async Task The_four_haves_checklist_is_complete_only_with_all_four()
    {
        var id = await Host.CreateVenueAsync(NewUnitId(), "四有");

        var three = await Host.PostAsync(Checklist, new { id, c = new { fixedPlace = true, signage = true, officeFacilities = true, publicityDisplays = false } }, Admin);
        var four = await Host.PostAsync(Checklist, new { id, c = new { fixedPlace = true, signage = true, officeFacilities = true, publicityDisplays = true } }, Admin);

        var partial = three.Ok().GetProperty("setVenueChecklist").GetProperty("checklist");
        Assert.False(partial.GetProperty("complete").GetBoolean());
        Assert.False(partial.GetProperty("publicityDisplays").GetBoolean());
        Assert.True(partial.GetProperty("officeFacilities").GetBoolean());
        Assert.True(four.Ok().GetProperty("setVenueChecklist").GetProperty("checklist").GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task An_archived_venue_takes_no_changes_and_leaves_lists_unless_asked_for()
    {
        var unit = NewUnitId();
        var id = await Host.CreateVenueAsync(unit, "归档");
        (await Host.PostAsync("mutation($id: ID!) { archiveVenue(id: $id) { archived } }", new { id }, Admin)).Ok();

        var update = await Host.PostAsync(Update, new { id, input = Details("改") }, Admin);
        var schedule = await Host.SetScheduleAsync(id, Interval("MONDAY", "09:00", "10:00"));
        var again = await Host.PostAsync("mutation($id: ID!) { archiveVenue(id: $id) { archived } }", new { id }, Admin);
        var lists = await Host.PostAsync(
            "query($u: ID!) { _entities(representations: [{ __typename: \"OrgUnit\", id: $u }]) { ... on OrgUnit { active: venues { id } all: venues(includeArchived: true) { id } } } }", new { u = unit });

        Assert.Equal("VENUE_ARCHIVED", update.ErrorCode());
        Assert.Equal("VENUE_ARCHIVED", schedule.ErrorCode());
        Assert.Equal("VENUE_ARCHIVED", again.ErrorCode());
        var entity = lists.Ok().GetProperty("_entities")[0];
        Assert.Equal(0, entity.GetProperty("active").GetArrayLength());
        Assert.Equal(id, entity.GetProperty("all")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Malformed_and_unknown_ids_get_their_own_codes()
    {
        var malformedVenue = await Host.PostAsync("mutation { archiveVenue(id: \"x\") { id } }", token: Admin);
        var unknownVenue = await Host.PostAsync("mutation { archiveVenue(id: \"0123456789abcdef0123456789abcdef\") { id } }", token: Admin);
        var malformedUnit = await Host.PostAsync(CreateMutation, new { unit = "UNIT-1", input = Details("站") }, Admin);
        var query = await Host.PostAsync("{ venue(id: \"nope\") { id } }");

        Assert.Equal("INVALID_ID", malformedVenue.ErrorCode());
        Assert.Equal("VENUE_NOT_FOUND", unknownVenue.ErrorCode());
        Assert.Equal("INVALID_ID", malformedUnit.ErrorCode());
        Assert.Equal("INVALID_ID", query.ErrorCode());
    }
}
