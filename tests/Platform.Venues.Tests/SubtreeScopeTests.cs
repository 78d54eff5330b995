using System.Net;
using System.Net.Sockets;
using Platform.Testing;
using static Platform.Venues.Tests.VenueClient;

namespace Platform.Venues.Tests;

/// <summary>
/// With the Organization subgraph configured (here a stand-in over a small tree), a unit or province admin may change
/// the venues of every unit in their subtree and no others; when the tree cannot be read, changes are refused clearly.
/// </summary>
public sealed class SubtreeScopeTests
{
    private static readonly string Province = NewUnitId();
    private static readonly string County = NewUnitId();
    private static readonly string Village = NewUnitId();
    private static readonly string Station = NewUnitId();
    private static readonly string OtherStation = NewUnitId();

    private static readonly Dictionary<string, string?> Tree = new()
    {
        [Province] = null,
        [County] = Province,
        [Village] = County,
        [Station] = County,
        [OtherStation] = County,
    };

    [Theory]
    [InlineData("unit-admin")]
    [InlineData("province-admin")]
    public async Task An_admin_above_a_village_may_use_every_mutation_on_its_venues(string role)
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        await using var host = await VenuesHost.StartPostgresAsync(seed: false, organizationUrl: organization.Url);
        var venue = await host.CreateVenueAsync(Village, "村站");
        var token = host.Token(role, role == "province-admin" ? Province : County);

        foreach (var (name, query, variables) in AuthorizationTests.Mutations(Village, venue))
        {
            var response = await host.PostAsync(query, variables, token);
            Assert.False(response.HasErrors, $"{name}: {response.Text}");
        }

        Assert.True((await host.VenueAsync(venue, "archived")).GetProperty("archived").GetBoolean());
    }

    [Fact]
    public async Task A_station_admin_may_not_change_another_stations_or_its_parents_venues()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        await using var host = await VenuesHost.StartPostgresAsync(seed: false, organizationUrl: organization.Url);
        var token = host.Token("unit-admin", Station);

        foreach (var unit in new[] { OtherStation, County })
        {
            var venue = await host.CreateVenueAsync(unit, "别人的");
            foreach (var (name, query, variables) in AuthorizationTests.Mutations(unit, venue))
            {
                var response = await host.PostAsync(query, variables, token);
                Assert.True(response.ErrorCode() == "FORBIDDEN", $"{name}: {response.Text}");
            }

            Assert.Equal("别人的", (await host.VenueAsync(venue, "name")).GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task When_the_organization_subgraph_is_down_an_admin_is_refused_with_a_clear_error()
    {
        await using var host = await VenuesHost.StartPostgresAsync(seed: false, organizationUrl: $"http://127.0.0.1:{UnusedPort()}/graphql");
        var venue = await host.CreateVenueAsync(Village, "村站");

        var response = await host.PostAsync("mutation($id: ID!) { archiveVenue(id: $id) { id } }", new { id = venue }, host.Token("unit-admin", County));

        Assert.Equal("FORBIDDEN", response.ErrorCode());
        Assert.Contains("unit tree cannot be read", response.Text);
        Assert.False((await host.VenueAsync(venue, "archived")).GetProperty("archived").GetBoolean());
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
