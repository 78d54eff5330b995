using System.Text.Json;
using Platform.Testing;
using static Platform.Venues.Tests.VenueClient;

namespace Platform.Venues.Tests;

/// <summary>
/// The module as a federation subgraph: <c>Venue</c> is an entity keyed by id, and it adds <c>venues</c> to the
/// Organization module's <c>OrgUnit</c>; references of either kind load in one SQL query however many there are.
/// </summary>
public sealed class FederationTests : IAsyncLifetime
{
    private readonly SqlCommandCounter _counter = new();
    private VenuesHost _host = null!;

    public async Task InitializeAsync() => _host = await VenuesHost.StartPostgresAsync(seed: false, counter: _counter);

    [Fact]
    public async Task The_service_sdl_declares_both_entities_and_links_federation()
    {
        var sdl = (await _host.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;

        Assert.Contains("type Venue @key(fields: \"id\")", sdl);
        Assert.Contains("type OrgUnit @key(fields: \"id\")", sdl);
        Assert.Contains("venues(includeArchived: Boolean! = false): [Venue!]!", sdl);
        Assert.Contains("@link(url: \"https://specs.apollo.dev/federation/", sdl);
    }

    [Fact]
    public async Task Venue_references_resolve_in_order_in_one_query_and_unknown_or_malformed_ids_are_null()
    {
        var unit = NewUnitId();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await _host.CreateVenueAsync(unit, "实体" + i));
        }

        object[] representations =
        [
            .. ids.AsEnumerable().Reverse().Select(id => new { __typename = "Venue", id }),
            new { __typename = "Venue", id = "0123456789abcdef0123456789abcdef" },
            new { __typename = "Venue", id = "bad" },
        ];
        _counter.Reset();
        var response = await _host.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Venue { id name unit { id } } } }", new { r = representations });

        var entities = response.Ok().GetProperty("_entities");
        Assert.Equal(1, _counter.Count);
        Assert.Equal(ids.AsEnumerable().Reverse(), entities.EnumerateArray().Take(5).Select(e => e.GetProperty("id").GetString()));
        Assert.All(entities.EnumerateArray().Take(5), e => Assert.Equal(unit, e.GetProperty("unit").GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, entities[5].ValueKind);
        Assert.Equal(JsonValueKind.Null, entities[6].ValueKind);
    }

    [Fact]
    public async Task OrgUnit_venues_of_many_units_load_in_one_query_each_unit_its_own_by_name()
    {
        var units = Enumerable.Range(0, 6).Select(_ => NewUnitId()).ToList();
        var expected = new Dictionary<string, string[]>();
        foreach (var (unit, index) in units.Select((unit, index) => (unit, index)))
        {
            var names = Enumerable.Range(0, index % 3).Select(n => $"阵地{index}-{2 - n}").ToArray();
            foreach (var name in names)
            {
                await _host.CreateVenueAsync(unit, name);
            }

            expected[unit] = [.. names.Order(StringComparer.Ordinal)];
        }

        _counter.Reset();
        var response = await _host.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id venues { name unit { id } } } } }",
            new { r = units.Select(id => new { __typename = "OrgUnit", id }).ToArray() });

        var entities = response.Ok().GetProperty("_entities");
        Assert.Equal(1, _counter.Count);
        for (var i = 0; i < units.Count; i++)
        {
            var entity = entities[i];
            Assert.Equal(units[i], entity.GetProperty("id").GetString());
            Assert.Equal(expected[units[i]], entity.GetProperty("venues").EnumerateArray().Select(v => v.GetProperty("name").GetString()!));
            Assert.All(entity.GetProperty("venues").EnumerateArray(), v => Assert.Equal(units[i], v.GetProperty("unit").GetProperty("id").GetString()));
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
