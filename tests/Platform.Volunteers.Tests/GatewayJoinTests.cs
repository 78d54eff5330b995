using System.Net.Http.Headers;
using System.Text.Json;
using System.Text;
using Platform.Hosting.Security;
using Platform.Testing;

namespace Platform.Volunteers.Tests;

/// <summary>
/// Through an Apollo Gateway over this module and an Organization-shaped subgraph: a volunteer's home unit joins with
/// the unit's name from Organization, and a unit's volunteer shares are computed here from the population Organization
/// sends through @requires.
/// </summary>
public sealed class GatewayJoinTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private VolunteersHost Host => fixture.Host;

    [Fact]
    public async Task Volunteers_and_units_join_across_the_two_subgraphs()
    {
        var unit = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(unit, partyMember: true);
        await Host.RegisterAsync(unit);
        await Host.RecordAsync(volunteer, unit, 4);
        await using var organization = await OrganizationStandIn.StartAsync(new Dictionary<string, (string, int?)> { [unit] = ("东温庄村", 20) });
        var volunteersSdl = (await Host.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;
        await using var gateway = await ApolloGateway.StartAsync(("volunteers", Host.GraphQLUrl, volunteersSdl), ("organization", organization.Url, OrganizationStandIn.Sdl));
        using var client = new HttpClient();

        var data = await PostAsync(client, gateway.Url, """
            query($v: ID!, $u: ID!) {
              volunteer(id: $v) { realName starLevel homeUnit { id name residentPopulation } }
              unit(id: $u) { name registeredVolunteers volunteersWithHours partyMemberParticipation registeredVolunteerShare volunteersWithHoursShare }
            }
            """, new { v = volunteer, u = unit }, Host.UnitAdmin(unit));

        var home = data.GetProperty("volunteer").GetProperty("homeUnit");
        Assert.Equal("东温庄村", home.GetProperty("name").GetString());
        Assert.Equal(20, home.GetProperty("residentPopulation").GetInt32());
        var figures = data.GetProperty("unit");
        Assert.Equal("东温庄村", figures.GetProperty("name").GetString());
        Assert.Equal(2, figures.GetProperty("registeredVolunteers").GetInt32());
        Assert.Equal(1, figures.GetProperty("volunteersWithHours").GetInt32());
        Assert.Equal(1.0, figures.GetProperty("partyMemberParticipation").GetDouble());
        Assert.Equal(0.1, figures.GetProperty("registeredVolunteerShare").GetDouble());
        Assert.Equal(0.05, figures.GetProperty("volunteersWithHoursShare").GetDouble());
    }

    [Fact]
    public async Task The_gateway_forwards_the_callers_token_so_masking_applies_behind_it()
    {
        var unit = VolunteerClient.NewUnit();
        var phone = VolunteerClient.NewPhone();
        var volunteer = await Host.RegisterAsync(unit, phone: phone);
        await using var organization = await OrganizationStandIn.StartAsync(new Dictionary<string, (string, int?)>());
        var volunteersSdl = (await Host.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;
        await using var gateway = await ApolloGateway.StartAsync(("volunteers", Host.GraphQLUrl, volunteersSdl), ("organization", organization.Url, OrganizationStandIn.Sdl));
        using var client = new HttpClient();
        const string query = "query($v: ID!) { volunteer(id: $v) { phone } }";

        var admin = await PostAsync(client, gateway.Url, query, new { v = volunteer }, Host.UnitAdmin(unit));
        var other = await PostAsync(client, gateway.Url, query, new { v = volunteer }, Host.Token(PlatformRoles.Volunteer, volunteerId: VolunteerClient.NewUnit()));

        Assert.Equal(phone, admin.GetProperty("volunteer").GetProperty("phone").GetString());
        Assert.Equal("138****" + phone[7..], other.GetProperty("volunteer").GetProperty("phone").GetString());
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, Uri gateway, string query, object variables, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        Assert.False(document.RootElement.TryGetProperty("errors", out _), body);
        return document.RootElement.GetProperty("data").Clone();
    }
}
