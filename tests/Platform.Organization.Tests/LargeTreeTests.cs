using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Organization.Data;

namespace Platform.Organization.Tests;

/// <summary>
/// On 100,000 units the tree fields cost a bounded number of SQL commands, whatever the page size: descendants is one
/// count and one page, parents and ancestors one batch, children one batch. Commands are counted, never timed.
/// </summary>
public sealed class LargeTreeTests(LargeTreeFixture fixture) : IClassFixture<LargeTreeFixture>
{
    private const string DescendantsQuery = """
        query($id: ID!, $first: Int) {
          unit(id: $id) {
            descendants(first: $first) {
              totalCount
              nodes { id parent { id } ancestors { id name } children { id } }
            }
          }
        }
        """;

    private OrganizationHost Host => fixture.Host;

    [Fact]
    public async Task The_generated_tree_has_a_hundred_thousand_units()
    {
        var response = await Host.PostAsync("query($id: ID!) { unit(id: $id) { descendants { totalCount } } }", new { id = LargeTreeFixture.Id('p') });

        Assert.Equal(LargeTreeFixture.Total - 1, response.Ok().GetProperty("unit").GetProperty("descendants").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Descendants_with_their_parents_ancestors_and_children_take_the_same_few_commands_for_any_page_size()
    {
        var county = LargeTreeFixture.Id('k', 7);

        var (small, smallCommands) = await CountedAsync(DescendantsQuery, new { id = county, first = 5 });
        var (large, largeCommands) = await CountedAsync(DescendantsQuery, new { id = county, first = 100 });

        var townships = Enumerable.Range(61, 10);
        var expected = 10 + townships.Sum(LargeTreeFixture.VillagesOf);
        Assert.Equal(expected, large.GetProperty("unit").GetProperty("descendants").GetProperty("totalCount").GetInt32());
        var nodes = large.GetProperty("unit").GetProperty("descendants").GetProperty("nodes");
        Assert.Equal(100, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), node => Assert.Equal(county, node.GetProperty("ancestors")[2].GetProperty("id").GetString()));
        Assert.Equal(5, small.GetProperty("unit").GetProperty("descendants").GetProperty("nodes").GetArrayLength());

        // unit, count, page, one batch of parents and ancestors, one batch of children.
        Assert.InRange(largeCommands, 1, 6);
        Assert.Equal(smallCommands, largeCommands);
    }

    [Fact]
    public async Task Ancestors_of_a_page_of_villages_load_in_one_batch()
    {
        const string query = """
            query($first: Int) { units(level: VILLAGE, search: "Village 9", first: $first) {
              nodes { ancestors { id level } parent { name } } } }
            """;

        var (small, smallCommands) = await CountedAsync(query, new { first = 3 });
        var (large, largeCommands) = await CountedAsync(query, new { first = 60 });

        var nodes = large.GetProperty("units").GetProperty("nodes");
        Assert.Equal(60, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), node => Assert.Equal(
            ["PROVINCE", "CITY", "COUNTY", "TOWNSHIP"],
            node.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("level").GetString()!).ToArray()));
        Assert.Equal(3, small.GetProperty("units").GetProperty("nodes").GetArrayLength());
        Assert.InRange(largeCommands, 1, 4);
        Assert.Equal(smallCommands, largeCommands);
    }

    [Fact]
    public async Task A_page_of_descendants_is_read_from_the_path_index_in_tree_order()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), migration => migration.EndsWith("_InitialUnitTree", StringComparison.Ordinal));
        var root = await db.Units.SingleAsync(unit => unit.Id == LargeTreeFixture.Id('p'));
        await using var command = db.Units.InSubtree(root.Path).OrderBy(unit => unit.Path).Take(10).CreateDbCommand();
        command.CommandText = "EXPLAIN " + command.CommandText;
        await db.Database.OpenConnectionAsync();

        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        // Sorting 100,000 rows for ten would show a Sort node; the range scan delivers them already ordered.
        Assert.Contains(plan, line => line.Contains("Index Scan using ix_org_units_path", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Sort", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entity_references_resolve_in_one_query_however_many_there_are()
    {
        const string query = "query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id level } } }";
        static object Representations(int count) =>
            Enumerable.Range(1, count).Select(n => new Dictionary<string, object> { ["__typename"] = "OrgUnit", ["id"] = LargeTreeFixture.Id('v', n * 7) }).ToArray();

        var (few, fewCommands) = await CountedAsync(query, new { r = Representations(2) });
        var (many, manyCommands) = await CountedAsync(query, new { r = Representations(80) });

        Assert.Equal(80, many.GetProperty("_entities").GetArrayLength());
        Assert.All(many.GetProperty("_entities").EnumerateArray(), e => Assert.Equal("VILLAGE", e.GetProperty("level").GetString()));
        Assert.Equal(LargeTreeFixture.Id('v', 14), few.GetProperty("_entities")[1].GetProperty("id").GetString());
        Assert.Equal(1, manyCommands);
        Assert.Equal(fewCommands, manyCommands);
    }

    [Fact]
    public async Task Descendants_by_depth_stop_at_that_depth()
    {
        var city = LargeTreeFixture.Id('c', 3);

        var (data, _) = await CountedAsync(
            "query($id: ID!) { unit(id: $id) { one: descendants(depth: 1) { totalCount } two: descendants(depth: 2) { totalCount } } }",
            new { id = city });

        var perCity = LargeTreeFixture.Counties / LargeTreeFixture.Cities;
        Assert.Equal(perCity, data.GetProperty("unit").GetProperty("one").GetProperty("totalCount").GetInt32());
        Assert.Equal(perCity + (perCity * LargeTreeFixture.Townships / LargeTreeFixture.Counties),
            data.GetProperty("unit").GetProperty("two").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Moving_a_township_rewrites_its_subtree_in_a_bounded_number_of_commands()
    {
        var township = LargeTreeFixture.Id('t', 995);
        var newCounty = LargeTreeFixture.Id('k', 1);
        var village = LargeTreeFixture.Id('v', 995);

        var (_, commands) = await CountedAsync(
            "mutation($id: ID!, $p: ID!) { moveUnit(id: $id, newParentId: $p) { id } }",
            new { id = township, p = newCounty },
            Host.Token("platform-admin"));

        Assert.InRange(commands, 1, 8);
        var moved = await Host.UnitAsync(village, "ancestors { id }");
        Assert.Equal(newCounty, moved.GetProperty("ancestors")[2].GetProperty("id").GetString());
        var county = await Host.UnitAsync(newCounty, "descendants(level: VILLAGE) { totalCount }");
        Assert.Equal(Enumerable.Range(1, 10).Append(995).Sum(LargeTreeFixture.VillagesOf),
            county.GetProperty("descendants").GetProperty("totalCount").GetInt32());
    }

    /// <summary>Runs one request alone and returns its data and the SQL commands it sent.</summary>
    private async Task<(System.Text.Json.JsonElement Data, int Commands)> CountedAsync(string query, object variables, string? token = null)
    {
        await Gate.WaitAsync();
        try
        {
            fixture.Commands.Reset();
            var response = await Host.PostAsync(query, variables, token);
            return (response.Ok(), fixture.Commands.Count);
        }
        finally
        {
            Gate.Release();
        }
    }

    // Tests of one class run one after another in xunit, but the gate keeps the count honest should that change.
    private static readonly SemaphoreSlim Gate = new(1, 1);
}
