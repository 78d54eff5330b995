using System.Net;
using System.Net.Sockets;
using Npgsql;
using Platform.Hosting.Security;
using Platform.Testing;

namespace Platform.Volunteers.Tests;

/// <summary>
/// With the Organization subgraph configured (a stand-in over <see cref="UnitTree"/>), a volunteer counts in the figures of
/// their home unit and of every unit above it, and of no other; a move moves the counts; with-hours and party figures
/// follow record writes over whole subtrees, and concurrent writes lose no count; figures of many units are one SQL command; when the tree cannot be read at
/// registration nothing is written.
/// </summary>
public sealed class SubtreeFiguresTests
{
    private const string Move = "mutation($v: ID!, $u: ID!) { changeVolunteerHomeUnit(volunteerId: $v, homeUnitId: $u) { id } }";

    [Fact]
    public async Task A_volunteer_registered_in_a_village_counts_in_its_township_county_and_city_and_not_in_a_siblings()
    {
        var tree = new UnitTree();
        await using var organization = await OrganizationStandIn.StartTreeAsync(tree.Parents);
        await using var host = await VolunteersHost.StartPostgresAsync(organization.Url);

        await host.RegisterAsync(tree.VillageA1);
        var figures = await UnitFigures.OfAsync(host, tree.All);

        foreach (var unit in new[] { tree.VillageA1, tree.TownshipA, tree.County, tree.City })
        {
            Assert.Equal(1, figures[unit].Registered);
        }

        foreach (var unit in new[] { tree.VillageA2, tree.TownshipB, tree.VillageB1, tree.OtherCounty, tree.OtherVillage })
        {
            Assert.Equal(0, figures[unit].Registered);
        }
    }

    [Fact]
    public async Task With_hours_and_party_figures_cover_subtrees_and_follow_revocations()
    {
        var tree = new UnitTree();
        await using var organization = await OrganizationStandIn.StartTreeAsync(tree.Parents);
        await using var host = await VolunteersHost.StartPostgresAsync(organization.Url);
        var activeParty = await host.RegisterAsync(tree.VillageA1, partyMember: true);
        await host.RegisterAsync(tree.VillageB1, partyMember: true);
        var active = await host.RegisterAsync(tree.VillageA2);
        var revoked = await host.RegisterAsync(tree.VillageB1);
        await host.RecordAsync(activeParty, tree.VillageA1, 2);
        await host.RecordAsync(active, tree.VillageA2, 1);
        var record = await host.RecordAsync(revoked, tree.VillageB1, 3);
        Assert.Equal(1, (await UnitFigures.OfAsync(host, [tree.TownshipB]))[tree.TownshipB].WithHours);

        var revocation = await host.PostAsync("mutation($id: ID!) { revokeServiceRecord(id: $id, reason: \"误录\") { id } }", new { id = record }, host.UnitAdmin(tree.VillageB1));
        revocation.Ok();
        var figures = await UnitFigures.OfAsync(host, tree.All, population: 40);

        Assert.Equal(new UnitFigures(4, 2, 2, 0.5, 0.1, 0.05), figures[tree.County]);
        Assert.Equal(figures[tree.County], figures[tree.City]);
        Assert.Equal(new UnitFigures(2, 2, 1, 1.0, 0.05, 0.05), figures[tree.TownshipA]);
        Assert.Equal(new UnitFigures(2, 0, 1, 0.0, 0.05, 0.0), figures[tree.TownshipB]);
        Assert.Equal(new UnitFigures(0, 0, 0, null, 0.0, 0.0), figures[tree.OtherCounty]);
    }

    [Fact]
    public async Task Moving_a_volunteers_home_unit_moves_their_counts_with_their_hours()
    {
        var tree = new UnitTree();
        await using var organization = await OrganizationStandIn.StartTreeAsync(tree.Parents);
        await using var host = await VolunteersHost.StartPostgresAsync(organization.Url);
        var volunteer = await host.RegisterAsync(tree.VillageA1, partyMember: true);
        await host.RecordAsync(volunteer, tree.VillageA1, 2);

        var refused = await host.PostAsync(Move, new { v = volunteer, u = tree.VillageB1 }, host.UnitAdmin(tree.TownshipA));
        Assert.Equal("FORBIDDEN", refused.ErrorCode());
        (await host.PostAsync(Move, new { v = volunteer, u = tree.VillageB1 }, host.UnitAdmin(tree.County))).Ok();
        var withinCounty = await UnitFigures.OfAsync(host, tree.All);
        (await host.PostAsync(Move, new { v = volunteer, u = tree.OtherVillage }, host.UnitAdmin(tree.City))).Ok();
        var acrossCounties = await UnitFigures.OfAsync(host, tree.All);

        var counted = new UnitFigures(1, 1, 1, 1.0, 0.001, 0.001);
        var none = new UnitFigures(0, 0, 0, null, 0.0, 0.0);
        Assert.Equal(none, withinCounty[tree.TownshipA]);
        Assert.Equal(none, withinCounty[tree.VillageA1]);
        Assert.Equal(counted, withinCounty[tree.TownshipB]);
        Assert.Equal(counted, withinCounty[tree.County]);
        Assert.Equal(none, acrossCounties[tree.County]);
        Assert.Equal(counted, acrossCounties[tree.OtherCounty]);
        Assert.Equal(counted, acrossCounties[tree.City]);
    }

    [Fact]
    public async Task Moving_a_malformed_or_unknown_volunteer_or_to_a_malformed_unit_is_a_clear_error()
    {
        await using var host = await VolunteersHost.StartPostgresAsync();
        var unit = VolunteerClient.NewUnit();
        var volunteer = await host.RegisterAsync(unit);

        var malformed = await host.PostAsync(Move, new { v = "x", u = unit }, host.PlatformAdmin());
        var unknown = await host.PostAsync(Move, new { v = VolunteerClient.NewUnit(), u = unit }, host.PlatformAdmin());
        var badUnit = await host.PostAsync(Move, new { v = volunteer, u = "not-a-unit" }, host.PlatformAdmin());

        Assert.Equal("INVALID_ID", malformed.ErrorCode());
        Assert.Equal("VOLUNTEER_NOT_FOUND", unknown.ErrorCode());
        Assert.Equal("INVALID_ID", badUnit.ErrorCode());
        Assert.Equal(1, (await UnitFigures.OfAsync(host, [unit]))[unit].Registered);
    }

    [Fact]
    public async Task Concurrent_registrations_and_records_in_one_village_lose_no_count()
    {
        var tree = new UnitTree();
        await using var organization = await OrganizationStandIn.StartTreeAsync(tree.Parents);
        await using var host = await VolunteersHost.StartPostgresAsync(organization.Url);

        var volunteers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => host.RegisterAsync(tree.VillageA1, partyMember: i % 3 == 0)));
        await Task.WhenAll(volunteers.Take(6).Select(v => host.RecordAsync(v, tree.VillageA1, 1)));
        var figures = await UnitFigures.OfAsync(host, [tree.VillageA1, tree.City], population: 120);

        Assert.Equal(new UnitFigures(12, 6, 4, 0.5, 0.1, 0.05), figures[tree.City]);
        Assert.Equal(figures[tree.City], figures[tree.VillageA1]);
    }

    [Fact]
    public async Task The_figures_of_many_units_are_one_sql_command()
    {
        var tree = new UnitTree();
        var counter = new SqlCommandCounter();
        await using var organization = await OrganizationStandIn.StartTreeAsync(tree.Parents);
        await using var host = await VolunteersHost.StartPostgresAsync(organization.Url, counter);
        await host.RegisterAsync(tree.VillageA1);
        await host.RegisterAsync(tree.VillageB1, partyMember: true);

        counter.Reset();
        var figures = await UnitFigures.OfAsync(host, tree.All);

        Assert.Equal(1, counter.Count);
        Assert.Equal(2, figures[tree.City].Registered);
    }

    [Theory]
    [InlineData(PlatformRoles.UnitAdmin)]
    [InlineData(PlatformRoles.PlatformAdmin)]
    public async Task When_the_unit_tree_cannot_be_read_a_registration_is_refused_clearly_and_nothing_is_written(string role)
    {
        var village = VolunteerClient.NewUnit();
        await using var host = await VolunteersHost.StartPostgresAsync($"http://127.0.0.1:{UnusedPort()}/graphql");

        var response = await host.PostAsync(VolunteerClient.Register, new { input = VolunteerClient.RegistrationInput(village) }, host.Token(role, village));

        Assert.Equal("ORGANIZATION_UNAVAILABLE", response.ErrorCode());
        Assert.Contains("nothing was saved", response.Text);
        Assert.Equal(0L, await CountAsync(host, "volunteers"));
        Assert.Equal(0L, await CountAsync(host, "home_unit_counts"));
        Assert.Equal(0L, await CountAsync(host, "unit_ancestors"));
    }

    private static async Task<long> CountAsync(VolunteersHost host, string table)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
