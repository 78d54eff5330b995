using System.Net;
using System.Net.Sockets;
using Platform.Hosting.Security;
using Platform.Testing;

namespace Platform.Volunteers.Tests;

/// <summary>
/// With the Organization subgraph configured (here a stand-in over a small tree), a unit or province admin acts on, and
/// sees unmasked, the records of every unit in their subtree and of no other; when the tree cannot be read they are refused clearly.
/// </summary>
public sealed class SubtreeScopeTests
{
    private static readonly string Province = VolunteerClient.NewUnit();
    private static readonly string County = VolunteerClient.NewUnit();
    private static readonly string Village = VolunteerClient.NewUnit();
    private static readonly string Station = VolunteerClient.NewUnit();
    private static readonly string OtherStation = VolunteerClient.NewUnit();

    private static readonly Dictionary<string, string?> Tree = new()
    {
        [Province] = null,
        [County] = Province,
        [Village] = County,
        [Station] = County,
        [OtherStation] = County,
    };

    [Theory]
    [InlineData(PlatformRoles.UnitAdmin)]
    [InlineData(PlatformRoles.ProvinceAdmin)]
    public async Task An_admin_above_a_village_may_use_every_mutation_on_its_records_and_see_them_unmasked(string role)
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        await using var host = await VolunteersHost.StartPostgresAsync(organization.Url);
        var token = host.Token(role, role == PlatformRoles.ProvinceAdmin ? Province : County);

        foreach (var (name, query, variables) in await AuthorizationTests.MutationsAsync(host, Village))
        {
            var response = await host.PostAsync(query, variables, token);
            Assert.False(response.HasErrors, $"{name}: {response.Text}");
        }

        var idCard = VolunteerClient.NewIdCardNumber();
        var volunteer = await host.RegisterAsync(Village, idCard);
        var seen = await host.VolunteerAsync(volunteer, "idCardNumber pointsBalance", token);
        Assert.Equal(idCard, seen.GetProperty("idCardNumber").GetString());
    }

    [Fact]
    public async Task A_station_admin_may_not_act_on_another_stations_records_nor_see_them_unmasked()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        await using var host = await VolunteersHost.StartPostgresAsync(organization.Url);
        var token = host.UnitAdmin(Station);

        foreach (var (name, query, variables) in await AuthorizationTests.MutationsAsync(host, OtherStation))
        {
            var response = await host.PostAsync(query, variables, token);
            Assert.True(response.ErrorCode() == "FORBIDDEN", $"{name}: {response.Text}");
        }

        var idCard = VolunteerClient.NewIdCardNumber();
        var volunteer = await host.RegisterAsync(OtherStation, idCard);
        var seen = await host.VolunteerAsync(volunteer, "idCardNumber", token);
        Assert.NotEqual(idCard, seen.GetProperty("idCardNumber").GetString());
    }

    [Fact]
    public async Task When_the_organization_subgraph_is_down_an_admin_is_refused_with_a_clear_error()
    {
        await using var host = await VolunteersHost.StartPostgresAsync($"http://127.0.0.1:{UnusedPort()}/graphql");

        var response = await host.PostAsync(VolunteerClient.Register, new { input = VolunteerClient.RegistrationInput(Village) }, host.UnitAdmin(County));

        Assert.Equal("FORBIDDEN", response.ErrorCode());
        Assert.Contains("unit tree cannot be read", response.Text);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
