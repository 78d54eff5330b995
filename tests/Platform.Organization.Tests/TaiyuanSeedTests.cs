using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Hosting.Data;
using Platform.Organization.Data;

namespace Platform.Organization.Tests;

/// <summary>
/// The seeded tree against what seed 002 states: 附件1 names 1 central, 1 provincial and 8 municipal pilot counties
/// of Taiyuan; 附件2 gives each county 2 pilot townships and 6 pilot villages, whose names begin with their township.
/// </summary>
public sealed class TaiyuanSeedTests(SeededHostFixture fixture) : IClassFixture<SeededHostFixture>
{
    private const string TreeQuery = """
        query($id: ID!) {
          unit(id: $id) {
            id name administrativeCode
            parent { name level }
            descendants(first: 200) {
              totalCount
              nodes { id name level kind pilotLevel parent { id } leadership { title } }
            }
          }
        }
        """;

    private OrganizationHost Host => fixture.Host;

    [Fact]
    public async Task Taiyuan_sits_under_Shanxi_with_ten_pilot_counties_one_central_one_provincial_eight_municipal()
    {
        var city = await TaiyuanAsync();
        var counties = city.Children;

        Assert.Equal("山西省", city.Element.GetProperty("parent").GetProperty("name").GetString());
        Assert.Equal("PROVINCE", city.Element.GetProperty("parent").GetProperty("level").GetString());
        Assert.Equal(10, counties.Count);
        Assert.All(counties, county => Assert.Equal("COUNTY", county.Get("level")));
        var byPilot = counties.GroupBy(c => c.Get("pilotLevel")!).ToDictionary(g => g.Key, g => g.Select(c => c.Name).ToArray());
        Assert.Equal(["晋源区"], byPilot["CENTRAL"]);
        Assert.Equal(["清徐县"], byPilot["PROVINCIAL"]);
        Assert.Equal(8, byPilot["MUNICIPAL"].Length);
        Assert.Equal(3, byPilot.Count);
        Assert.All(counties, county =>
            Assert.Equal("中心主任", county.Element.GetProperty("leadership")[0].GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Every_county_has_two_pilot_townships_and_six_pilot_villages()
    {
        var counties = (await TaiyuanAsync()).Children;

        Assert.All(counties, county =>
        {
            Assert.All(county.Children, t => Assert.Equal("TOWNSHIP", t.Get("level")));
            Assert.Equal(2, county.Children.Count(t => t.Get("pilotLevel") == "COUNTY"));
            var villages = county.Children.SelectMany(t => t.Children).ToList();
            Assert.Equal(6, villages.Count);
            Assert.All(villages, v => Assert.Equal("VILLAGE", v.Get("level")));
            Assert.All(villages, v => Assert.Equal("COUNTY", v.Get("pilotLevel")));
            Assert.All(villages, v => Assert.Equal(v.Name.EndsWith("社区", StringComparison.Ordinal) ? "URBAN_COMMUNITY" : "RURAL_VILLAGE", v.Get("kind")));
        });
        Assert.Equal(60, counties.Sum(c => c.Children.Sum(t => t.Children.Count)));
    }

    [Fact]
    public async Task A_village_sits_under_the_township_its_name_begins_with()
    {
        var counties = (await TaiyuanAsync()).Children;
        var placements = counties.SelectMany(county => county.Children
            .SelectMany(township => township.Children.Select(village => (County: county.Name, Township: township.Name, Village: village.Name)))).ToList();

        // 街道 and 街办 name the same street office (汇丰街道槐园社区 belongs to 汇丰街办).
        Assert.All(placements, p => Assert.True(
            p.Village.StartsWith(p.Township, StringComparison.Ordinal)
            || p.Village.StartsWith(p.Township.Replace("街办", "街道", StringComparison.Ordinal), StringComparison.Ordinal),
            $"{p.Village} sits under {p.Township}"));
        Assert.Contains(("小店区", "西温庄乡", "西温庄乡东温庄村"), placements);
        Assert.Contains(("小店区", "刘家堡乡", "刘家堡乡王吴村"), placements);
        Assert.Contains(("尖草坪区", "汇丰街办", "汇丰街道槐园社区"), placements);
    }

    [Fact]
    public async Task Seeding_again_adds_and_changes_nothing()
    {
        var before = await CountAsync();

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
            foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder<OrganizationDbContext>>())
            {
                await seeder.SeedAsync(db, CancellationToken.None);
            }
        }

        Assert.Equal(before, await CountAsync());
        Assert.True(before > 2 + 10 + 20 + 60, $"{before} units");
    }

    private async Task<int> CountAsync() =>
        (await Host.PostAsync("{ units(includeArchived: true) { totalCount } }")).Ok().GetProperty("units").GetProperty("totalCount").GetInt32();

    /// <summary>Taiyuan with its whole subtree rebuilt from one descendants page: each unit gets its <c>children</c>.</summary>
    private async Task<TreeNode> TaiyuanAsync()
    {
        var found = (await Host.PostAsync("""{ units(search: "太原市", level: CITY) { nodes { id } } }""")).Ok().GetProperty("units").GetProperty("nodes");
        Assert.Equal(1, found.GetArrayLength());
        var city = (await Host.PostAsync(TreeQuery, new { id = found[0].GetProperty("id").GetString() })).Ok().GetProperty("unit");
        var descendants = city.GetProperty("descendants");
        Assert.True(descendants.GetProperty("totalCount").GetInt32() <= 200);
        var nodes = descendants.GetProperty("nodes").EnumerateArray().Select(n => new TreeNode(n)).Prepend(new TreeNode(city)).ToList();
        var byId = nodes.ToDictionary(n => n.Id);
        foreach (var node in nodes.Skip(1))
        {
            byId[node.Element.GetProperty("parent").GetProperty("id").GetString()!].Children.Add(node);
        }

        return nodes[0];
    }

    /// <summary>A unit of the response and the units found under it.</summary>
    private sealed class TreeNode(JsonElement element)
    {
        public JsonElement Element { get; } = element;

        public string Id => Element.GetProperty("id").GetString()!;

        public string Name => Element.GetProperty("name").GetString()!;

        public string? Get(string field) => Element.GetProperty(field).GetString();

        public List<TreeNode> Children { get; } = [];
    }
}
