using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Organization.Data;
using Platform.Hosting.Synthetic;
using Platform.Testing;

namespace Platform.Organization.Tests;

/// <summary>
/// The synthetic province on PostgreSQL: the module holds exactly the generated units, and the benchmark's hierarchy
/// queries (a county's townships and their villages, a village's ancestors, a name search) cost the same few SQL
/// commands for any county, whatever its size. Commands are counted, never timed.
/// </summary>
public sealed class ScaledTreeTests(ScaledTreeTests.Fixture fixture) : IClassFixture<ScaledTreeTests.Fixture>
{
    private const double Scale = 0.03;

    private const string CountyQuery = """
        query($id: ID!) { unit(id: $id) { name residentPopulation children { id name residentPopulation
          children { id name kind residentPopulation ancestors { id level } } } } }
        """;

    private static readonly SyntheticProvince Province = SyntheticProvince.Describe(Scale);

    [Fact]
    public async Task The_module_holds_every_generated_unit_with_its_population()
    {
        var response = await fixture.Host.PostAsync(
            "query($id: ID!) { unit(id: $id) { residentPopulation descendants { totalCount } } }", new { id = Province.Root.Id });

        var root = response.Ok().GetProperty("unit");
        Assert.Equal(Province.Units.Count - 1, root.GetProperty("descendants").GetProperty("totalCount").GetInt32());
        Assert.Equal(Province.Root.ResidentPopulation, root.GetProperty("residentPopulation").GetInt64());
    }

    [Fact]
    public async Task A_countys_townships_villages_and_their_ancestors_take_the_same_few_commands_for_every_county()
    {
        var counts = new List<int>();
        foreach (var county in Province.OfLevel(SyntheticLevel.County))
        {
            fixture.Commands.Reset();
            var unit = (await fixture.Host.PostAsync(CountyQuery, new { id = county.Id })).Ok().GetProperty("unit");
            counts.Add(fixture.Commands.Count);

            var townships = unit.GetProperty("children").EnumerateArray().ToList();
            Assert.Equal(Province.ChildrenOf(county.Id).Select(t => t.Id).Order(), townships.Select(t => t.GetProperty("id").GetString()).Order());
            var villages = townships.SelectMany(t => t.GetProperty("children").EnumerateArray()).ToList();
            Assert.Equal(Province.ChildrenOf(county.Id).Sum(t => Province.ChildrenOf(t.Id).Count), villages.Count);
            Assert.Equal(county.ResidentPopulation, villages.Sum(v => v.GetProperty("residentPopulation").GetInt64()));
            Assert.All(villages, v => Assert.Equal(county.Id, v.GetProperty("ancestors")[2].GetProperty("id").GetString()));
        }

        // unit, children of the county, children of its townships, the ancestors' batch.
        Assert.True(counts.Count > 1);
        Assert.All(counts, count => Assert.InRange(count, 1, 4));
        Assert.Single(counts.Distinct());
    }

    [Fact]
    public async Task A_name_search_finds_the_generated_units_in_two_commands()
    {
        var text = Province.OfLevel(SyntheticLevel.Village).First().Name[..2];
        var expected = Province.Units.Count(u => u.Name.Contains(text, StringComparison.Ordinal));

        fixture.Commands.Reset();
        var units = (await fixture.Host.PostAsync(
            "query($s: String!) { units(search: $s, first: 20) { totalCount nodes { name } } }", new { s = text })).Ok().GetProperty("units");

        Assert.Equal(expected, units.GetProperty("totalCount").GetInt32());
        Assert.All(units.GetProperty("nodes").EnumerateArray(), n => Assert.Contains(text, n.GetProperty("name").GetString()));
        Assert.InRange(fixture.Commands.Count, 1, 2);
    }

    [Fact]
    public async Task The_name_search_is_answered_from_the_trigram_index_on_postgresql()
    {
        var name = Province.OfLevel(SyntheticLevel.Village).Last().Name;
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");

        await using var explain = db.Units.NameContains(name, postgres: true).Select(unit => unit.Id).CreateDbCommand();
        explain.CommandText = "EXPLAIN " + explain.CommandText;
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.Contains(plan, line => line.Contains("ix_org_units_name_trgm", StringComparison.Ordinal));
        var found = await db.Units.NameContains(name, postgres: true).Select(unit => unit.Name).ToListAsync();
        Assert.Equal(Province.Units.Count(u => u.Name.Contains(name, StringComparison.Ordinal)), found.Count);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    public async Task Search_text_is_matched_literally_not_as_a_like_pattern(string text)
    {
        var units = (await fixture.Host.PostAsync("query($s: String!) { units(search: $s) { totalCount } }", new { s = text })).Ok();

        Assert.Equal(Province.Units.Count(u => u.Name.Contains(text, StringComparison.Ordinal)), units.GetProperty("units").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_adds_nothing()
    {
        await using (await OrganizationHost.StartScaledAsync(fixture.Host.ConnectionString!, Scale))
        {
        }

        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM org_units", connection);
        Assert.Equal((long)Province.Units.Count, (long)(await command.ExecuteScalarAsync())!);
    }

    /// <summary>One module host over a PostgreSQL database seeded with the synthetic province of <see cref="Scale"/>.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private OrganizationHost? _host;

        public SqlCommandCounter Commands { get; } = new();

        public OrganizationHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

        public async Task InitializeAsync() =>
            _host = await OrganizationHost.StartScaledAsync(await PostgresServer.CreateDatabaseAsync("organization_scaled"), Scale, Commands);

        public async Task DisposeAsync()
        {
            if (_host is not null)
            {
                await _host.DisposeAsync();
            }
        }
    }
}
