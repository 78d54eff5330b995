using System.Text.Json;

namespace Platform.Organization.Tests;

/// <summary>The domain rules of the mutations (as platform admin): each violation is a coded error and changes nothing.</summary>
public sealed class MutationRuleTests(SeededHostFixture fixture) : IClassFixture<SeededHostFixture>
{
    private OrganizationHost Host => fixture.Host;

    [Fact]
    public async Task Create_puts_a_unit_under_its_parent_with_its_values()
    {
        var chain = await Host.CreateChainAsync("create");
        var response = await Host.PostAsync(
            "mutation($input: CreateUnitInput!) { createUnit(input: $input) { id name kind residentPopulation pilotLevel administrativeCode depth parent { id } ancestors { id } } }",
            new { input = new { name = "  新村  ", level = "VILLAGE", parentId = chain.Township, kind = "RURAL_VILLAGE", residentPopulation = 1200, pilotLevel = "COUNTY", administrativeCode = "140105001001" } },
            Host.Token("platform-admin"));

        var unit = response.Ok().GetProperty("createUnit");
        Assert.Equal("新村", unit.GetProperty("name").GetString());
        Assert.Equal("RURAL_VILLAGE", unit.GetProperty("kind").GetString());
        Assert.Equal(1200, unit.GetProperty("residentPopulation").GetInt32());
        Assert.Equal(4, unit.GetProperty("depth").GetInt32());
        Assert.Equal(chain.Township, unit.GetProperty("parent").GetProperty("id").GetString());
        Assert.Equal([chain.Province, chain.City, chain.County, chain.Township], unit.GetProperty("ancestors").Ids());
    }

    [Theory]
    [InlineData("VILLAGE", "County")]
    [InlineData("TOWNSHIP", "Township")]
    [InlineData("COUNTY", "Province")]
    [InlineData("FAMILY_STATION", "Township")]
    [InlineData("PROVINCE", "City")]
    public async Task A_level_that_does_not_fit_the_parent_is_refused(string level, string parent)
    {
        var chain = await Host.CreateChainAsync("fit-" + level + parent);
        var parentId = (string)typeof(TestChain).GetProperty(parent)!.GetValue(chain)!;
        var before = await ChildCountAsync(parentId);

        var response = await Host.CreateRawAsync("不合适", level, parentId, Host.Token("platform-admin"));

        Assert.Equal("LEVEL_MISMATCH", response.ErrorCode());
        Assert.Equal(before, await ChildCountAsync(parentId));
    }

    [Fact]
    public async Task Family_stations_go_under_stations_and_practice_bases_under_centers_and_institutes()
    {
        var chain = await Host.CreateChainAsync("shandong");

        await Host.CreateAsync("家庭站", "FAMILY_STATION", chain.Village);
        await Host.CreateAsync("博物馆实践基地", "PRACTICE_BASE", chain.County);
        await Host.CreateAsync("学校实践基地", "PRACTICE_BASE", chain.Township);

        Assert.Equal("LEVEL_MISMATCH", (await Host.CreateRawAsync("基地", "PRACTICE_BASE", chain.Village, Host.Token("platform-admin"))).ErrorCode());
        Assert.Equal("LEVEL_MISMATCH", (await Host.CreateRawAsync("省下无父", "CITY", null, Host.Token("platform-admin"))).ErrorCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长名字太长")]
    public async Task Names_must_be_non_empty_and_bounded(string name)
    {
        var chain = await Host.CreateChainAsync("name-" + name.Length);

        var rename = await Host.PostAsync("mutation($id: ID!, $n: String!) { renameUnit(id: $id, name: $n) { name } }", new { id = chain.Village, n = name }, Host.Token("platform-admin"));
        var create = await Host.CreateRawAsync(name, "VILLAGE", chain.Township, Host.Token("platform-admin"));

        Assert.Equal("INVALID_NAME", rename.ErrorCode());
        Assert.Equal("INVALID_NAME", create.ErrorCode());
        Assert.Equal("村-name-" + name.Length, (await Host.UnitAsync(chain.Village)).GetProperty("name").GetString());
        Assert.Equal(1, await ChildCountAsync(chain.Township));
    }

    [Fact]
    public async Task Rename_population_and_staff_change_the_unit()
    {
        var chain = await Host.CreateChainAsync("values");
        var admin = Host.Token("platform-admin");

        (await Host.PostAsync("mutation($id: ID!) { renameUnit(id: $id, name: \"新名字\") { id } }", new { id = chain.County }, admin)).Ok();
        (await Host.PostAsync("mutation($id: ID!) { setUnitPopulation(id: $id, residentPopulation: 530000) { id } }", new { id = chain.County }, admin)).Ok();
        (await Host.PostAsync("mutation($id: ID!) { setUnitStaff(id: $id, fullTimeStaff: 6, dedicatedManagers: 2) { id } }", new { id = chain.County }, admin)).Ok();

        var unit = await Host.UnitAsync(chain.County);
        Assert.Equal("新名字", unit.GetProperty("name").GetString());
        Assert.Equal(530000, unit.GetProperty("residentPopulation").GetInt32());
        Assert.Equal(6, unit.GetProperty("fullTimeStaff").GetInt32());
        Assert.Equal(2, unit.GetProperty("dedicatedManagers").GetInt32());
    }

    [Fact]
    public async Task Negative_population_and_staff_are_refused_and_change_nothing()
    {
        var chain = await Host.CreateChainAsync("negative");
        var admin = Host.Token("platform-admin");
        (await Host.PostAsync("mutation($id: ID!) { setUnitPopulation(id: $id, residentPopulation: 800) { id } }", new { id = chain.Village }, admin)).Ok();

        var population = await Host.PostAsync("mutation($id: ID!) { setUnitPopulation(id: $id, residentPopulation: -1) { id } }", new { id = chain.Village }, admin);
        var staff = await Host.PostAsync("mutation($id: ID!) { setUnitStaff(id: $id, fullTimeStaff: 3, dedicatedManagers: -2) { id } }", new { id = chain.Village }, admin);

        Assert.Equal("INVALID_POPULATION", population.ErrorCode());
        Assert.Equal("INVALID_STAFF_COUNT", staff.ErrorCode());
        var unit = await Host.UnitAsync(chain.Village);
        Assert.Equal(800, unit.GetProperty("residentPopulation").GetInt32());
        Assert.Equal(JsonValueKind.Null, unit.GetProperty("fullTimeStaff").ValueKind);
    }

    [Fact]
    public async Task Only_villages_have_a_kind()
    {
        var chain = await Host.CreateChainAsync("kind");

        var response = await Host.CreateRawAsync("街道", "TOWNSHIP", chain.County, Host.Token("platform-admin"), kind: "URBAN_COMMUNITY");

        Assert.Equal("KIND_NOT_APPLICABLE", response.ErrorCode());
    }

    [Fact]
    public async Task Move_keeps_the_id_and_carries_the_subtree()
    {
        var chain = await Host.CreateChainAsync("move");
        var otherCounty = await Host.CreateAsync("县-move-2", "COUNTY", chain.City);
        var family = await Host.CreateAsync("家庭站-move", "FAMILY_STATION", chain.Village);

        var moved = (await Host.PostAsync(
            "mutation($id: ID!, $p: ID!) { moveUnit(id: $id, newParentId: $p) { id parent { id } } }",
            new { id = chain.Township, p = otherCounty }, Host.Token("platform-admin"))).Ok().GetProperty("moveUnit");

        Assert.Equal(chain.Township, moved.GetProperty("id").GetString());
        Assert.Equal(otherCounty, moved.GetProperty("parent").GetProperty("id").GetString());
        var grandchild = await Host.UnitAsync(family, "ancestors { id } depth");
        Assert.Equal([chain.Province, chain.City, otherCounty, chain.Township, chain.Village], grandchild.GetProperty("ancestors").Ids());
        Assert.Equal(5, grandchild.GetProperty("depth").GetInt32());
        var oldCounty = await Host.UnitAsync(chain.County, "descendants { totalCount }");
        Assert.Equal(0, oldCounty.GetProperty("descendants").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_unit_cannot_move_under_itself_or_its_descendants()
    {
        var chain = await Host.CreateChainAsync("cycle");
        var base1 = await Host.CreateAsync("基地-cycle", "PRACTICE_BASE", chain.County);
        const string move = "mutation($id: ID!, $p: ID!) { moveUnit(id: $id, newParentId: $p) { id } }";
        var admin = Host.Token("platform-admin");

        var underDescendant = await Host.PostAsync(move, new { id = chain.County, p = chain.Village }, admin);
        var underItself = await Host.PostAsync(move, new { id = chain.Township, p = chain.Township }, admin);
        var levelMismatch = await Host.PostAsync(move, new { id = base1, p = chain.Village }, admin);

        Assert.Equal("MOVE_CYCLE", underDescendant.ErrorCode());
        Assert.Equal("MOVE_CYCLE", underItself.ErrorCode());
        Assert.Equal("LEVEL_MISMATCH", levelMismatch.ErrorCode());
        var village = await Host.UnitAsync(chain.Village, "ancestors { id }");
        Assert.Equal([chain.Province, chain.City, chain.County, chain.Township], village.GetProperty("ancestors").Ids());
        Assert.Equal(chain.County, (await Host.UnitAsync(base1, "parent { id }")).GetProperty("parent").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Archiving_archives_the_subtree_which_then_takes_no_changes()
    {
        var chain = await Host.CreateChainAsync("archive");
        var admin = Host.Token("platform-admin");

        var archived = (await Host.PostAsync("mutation($id: ID!) { archiveUnit(id: $id) { archived } }", new { id = chain.Township }, admin)).Ok();
        var rename = await Host.PostAsync("mutation($id: ID!) { renameUnit(id: $id, name: \"x\") { id } }", new { id = chain.Village }, admin);
        var create = await Host.CreateRawAsync("新村", "VILLAGE", chain.Township, admin);

        Assert.True(archived.GetProperty("archiveUnit").GetProperty("archived").GetBoolean());
        Assert.True((await Host.UnitAsync(chain.Village)).GetProperty("archived").GetBoolean());
        Assert.Equal("UNIT_ARCHIVED", rename.ErrorCode());
        Assert.Equal("UNIT_ARCHIVED", create.ErrorCode());
        var county = await Host.UnitAsync(chain.County, "children { id } all: children(includeArchived: true) { id } descendants { totalCount }");
        Assert.Equal(0, county.GetProperty("children").GetArrayLength());
        Assert.Equal([chain.Township], county.GetProperty("all").Ids());
        Assert.Equal(0, county.GetProperty("descendants").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Unknown_and_malformed_ids_are_coded_errors()
    {
        var admin = Host.Token("platform-admin");

        var unknown = await Host.PostAsync("mutation { renameUnit(id: \"0123456789abcdef0123456789abcdef\", name: \"x\") { id } }", token: admin);
        var malformed = await Host.PostAsync("mutation { archiveUnit(id: \"not-an-id\") { id } }", token: admin);

        Assert.Equal("UNIT_NOT_FOUND", unknown.ErrorCode());
        Assert.Equal("INVALID_ID", malformed.ErrorCode());
    }

    private async Task<int> ChildCountAsync(string id) =>
        (await Host.UnitAsync(id, "children(includeArchived: true) { id }")).GetProperty("children").GetArrayLength();
}
