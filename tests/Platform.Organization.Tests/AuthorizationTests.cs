namespace Platform.Organization.Tests;

/// <summary>
/// Who may change what: platform admins anywhere; province and unit admins only inside the subtree of the unit in
/// their token; anonymous callers and volunteers never.
/// </summary>
public sealed class AuthorizationTests(SeededHostFixture fixture) : IClassFixture<SeededHostFixture>
{
    private const string Rename = "mutation($id: ID!) { renameUnit(id: $id, name: \"改名\") { name } }";

    private OrganizationHost Host => fixture.Host;

    /// <summary>Every mutation, as (document, variables) over a chain's units; archiving last, as it freezes the village.</summary>
    private static IEnumerable<(string Name, string Query, object Variables)> Mutations(TestChain chain, string spareCounty) =>
    [
        ("create", "mutation($p: ID!) { createUnit(input: { name: \"新站\", level: VILLAGE, parentId: $p }) { id } }", new { p = chain.Township }),
        ("rename", Rename, new { id = chain.Village }),
        ("move", "mutation($id: ID!, $p: ID!) { moveUnit(id: $id, newParentId: $p) { id } }", new { id = chain.Township, p = spareCounty }),
        ("population", "mutation($id: ID!) { setUnitPopulation(id: $id, residentPopulation: 10) { id } }", new { id = chain.Village }),
        ("staff", "mutation($id: ID!) { setUnitStaff(id: $id, fullTimeStaff: 1) { id } }", new { id = chain.Village }),
        ("archive", "mutation($id: ID!) { archiveUnit(id: $id) { id } }", new { id = chain.Village }),
    ];

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData("volunteer", "FORBIDDEN")]
    public async Task Anonymous_callers_and_volunteers_cannot_use_any_mutation(string? role, string code)
    {
        var chain = await Host.CreateChainAsync("nobody-" + role);
        var spare = await Host.CreateAsync("县-spare-" + role, "COUNTY", chain.City);
        var token = role is null ? null : Host.Token(role, chain.Village);

        foreach (var (name, query, variables) in Mutations(chain, spare))
        {
            var response = await Host.PostAsync(query, variables, token);
            Assert.True(code == response.ErrorCode(), $"{name}: {response.Text}");
        }

        var village = await Host.UnitAsync(chain.Village, "name archived residentPopulation fullTimeStaff parent { id } ancestors { id }");
        Assert.Equal("村-nobody-" + role, village.GetProperty("name").GetString());
        Assert.False(village.GetProperty("archived").GetBoolean());
        Assert.Equal(chain.County, village.GetProperty("ancestors")[2].GetProperty("id").GetString());
        Assert.Equal(1, (await Host.UnitAsync(chain.Township, "children { id }")).GetProperty("children").GetArrayLength());
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData("volunteer", "FORBIDDEN")]
    public async Task Callers_who_may_change_nothing_learn_nothing_about_ids(string? role, string code)
    {
        var token = role is null ? null : Host.Token(role);

        var unknown = await Host.PostAsync(Rename, new { id = "0123456789abcdef0123456789abcdef" }, token);
        var malformed = await Host.PostAsync(Rename, new { id = "x" }, token);

        Assert.Equal(code, unknown.ErrorCode());
        Assert.Equal(code, malformed.ErrorCode());
    }

    [Fact]
    public async Task A_platform_admin_may_use_every_mutation_anywhere()
    {
        var chain = await Host.CreateChainAsync("platform");
        var spare = await Host.CreateAsync("县-spare-platform", "COUNTY", chain.City);
        var token = Host.Token("platform-admin");

        foreach (var (name, query, variables) in Mutations(chain, spare))
        {
            var response = await Host.PostAsync(query, variables, token);
            Assert.False(response.HasErrors, $"{name}: {response.Text}");
        }
    }

    [Fact]
    public async Task A_unit_admin_may_use_every_mutation_inside_their_county()
    {
        var chain = await Host.CreateChainAsync("county-admin");
        var otherTownship = await Host.CreateAsync("乡-county-admin-2", "TOWNSHIP", chain.County);
        var token = Host.Token("unit-admin", chain.County);

        var move = await Host.PostAsync("mutation($id: ID!, $p: ID!) { moveUnit(id: $id, newParentId: $p) { id } }", new { id = chain.Village, p = otherTownship }, token);
        Assert.False(move.HasErrors, move.Text);

        foreach (var (name, query, variables) in Mutations(chain, chain.County).Where(m => m.Name != "move"))
        {
            var response = await Host.PostAsync(query, variables, token);
            Assert.False(response.HasErrors, $"{name}: {response.Text}");
        }
    }

    [Fact]
    public async Task A_station_admin_cannot_change_another_station()
    {
        var chain = await Host.CreateChainAsync("station-admin");
        var neighbour = await Host.CreateAsync("村-neighbour", "VILLAGE", chain.Township);
        var token = Host.Token("unit-admin", chain.Village);

        var own = await Host.PostAsync(Rename, new { id = chain.Village }, token);
        var family = await Host.CreateRawAsync("家庭站", "FAMILY_STATION", chain.Village, token);
        var other = await Host.PostAsync(Rename, new { id = neighbour }, token);
        var up = await Host.PostAsync(Rename, new { id = chain.Township }, token);
        var sibling = await Host.CreateRawAsync("新村", "VILLAGE", chain.Township, token);

        Assert.Equal("改名", own.Ok().GetProperty("renameUnit").GetProperty("name").GetString());
        Assert.False(family.HasErrors, family.Text);
        Assert.Equal("FORBIDDEN", other.ErrorCode());
        Assert.Equal("FORBIDDEN", up.ErrorCode());
        Assert.Equal("FORBIDDEN", sibling.ErrorCode());
        Assert.Equal("村-neighbour", (await Host.UnitAsync(neighbour)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_unit_admin_cannot_move_a_unit_out_of_their_subtree()
    {
        var chain = await Host.CreateChainAsync("move-out");
        var foreignTownship = await Host.CreateAsync("乡-foreign", "TOWNSHIP", await Host.CreateAsync("县-foreign", "COUNTY", chain.City));
        var token = Host.Token("unit-admin", chain.County);

        var response = await Host.PostAsync("mutation($id: ID!, $p: ID!) { moveUnit(id: $id, newParentId: $p) { id } }", new { id = chain.Village, p = foreignTownship }, token);

        Assert.Equal("FORBIDDEN", response.ErrorCode());
        Assert.Equal(chain.Township, (await Host.UnitAsync(chain.Village, "parent { id }")).GetProperty("parent").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_province_admin_changes_their_province_only_and_cannot_add_provinces()
    {
        var mine = await Host.CreateChainAsync("province-mine");
        var theirs = await Host.CreateChainAsync("province-theirs");
        var token = Host.Token("province-admin", mine.Province);

        var inside = await Host.PostAsync(Rename, new { id = mine.Village }, token);
        var newCity = await Host.CreateRawAsync("新市", "CITY", mine.Province, token);
        var outside = await Host.PostAsync(Rename, new { id = theirs.Village }, token);
        var province = await Host.CreateRawAsync("新省", "PROVINCE", null, token);

        Assert.False(inside.HasErrors, inside.Text);
        Assert.False(newCity.HasErrors, newCity.Text);
        Assert.Equal("FORBIDDEN", outside.ErrorCode());
        Assert.Equal("FORBIDDEN", province.ErrorCode());
    }

    [Fact]
    public async Task An_admin_token_without_a_unit_claim_may_change_nothing()
    {
        var chain = await Host.CreateChainAsync("no-claim");

        var response = await Host.PostAsync(Rename, new { id = chain.Village }, Host.Token("unit-admin"));

        Assert.Equal("FORBIDDEN", response.ErrorCode());
    }
}
