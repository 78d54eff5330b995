using Platform.Testing;
using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>
/// Admins of the organizing unit's scope (its subtree, read from an Organization stand-in) act on its activities;
/// a station admin cannot touch another station's activity; volunteers and anonymous callers change nothing.
/// </summary>
public sealed class ActivityScopeTests
{
    private static readonly string Province = NewId();
    private static readonly string County = NewId();
    private static readonly string Station = NewId();
    private static readonly string OtherStation = NewId();

    private static readonly Dictionary<string, string?> Tree = new()
    {
        [Province] = null,
        [County] = Province,
        [Station] = County,
        [OtherStation] = County,
    };

    /// <summary>Every organizer action on one activity, as (name, query, variables).</summary>
    public static IEnumerable<(string Name, string Query, object Variables)> OrganizerActions(string id) =>
    [
        ("updateActivity", Update, new { id, input = Details(title: "改过的") }),
        ("rotateActivityCheckInCode", "mutation($id: ID!) { rotateActivityCheckInCode(id: $id) { id } }", new { id }),
        ("checkInCode", "query($id: ID!) { activity(id: $id) { checkInCode } }", new { id }),
        ("signUps", "query($id: ID!) { activity(id: $id) { signUps { hours } } }", new { id }),
        ("publishActivity", "mutation($id: ID!) { publishActivity(id: $id) { id } }", new { id }),
        ("cancelActivity", "mutation($id: ID!) { cancelActivity(id: $id) { id } }", new { id }),
    ];

    [Theory]
    [InlineData("unit-admin")]
    [InlineData("province-admin")]
    public async Task An_admin_above_the_station_may_do_everything_with_its_activities(string role)
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        await using var host = await ActivitiesHost.StartPostgresAsync(organizationUrl: organization.Url);
        var token = host.Token(role, role == "province-admin" ? Province : County);
        var id = await host.CreateAsync(Station, token: token);

        foreach (var (name, query, variables) in OrganizerActions(id))
        {
            var response = await host.PostAsync(query, variables, token);
            Assert.False(response.HasErrors, $"{name}: {response.Text}");
        }

        Assert.Equal("CANCELLED", (await host.ActivityAsync(id, "status")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_station_admin_cannot_touch_another_stations_activity()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        await using var host = await ActivitiesHost.StartPostgresAsync(organizationUrl: organization.Url);
        var token = host.Token("unit-admin", Station);
        var id = await host.CreatePublishedAsync(OtherStation, Details(title: "别人的"));
        var creating = await host.PostAsync(Create, new { unit = OtherStation, input = Details() }, token);

        foreach (var (name, query, variables) in OrganizerActions(id))
        {
            var response = await host.PostAsync(query, variables, token);
            Assert.True(response.ErrorCode() == "FORBIDDEN", $"{name}: {response.Text}");
        }

        var activity = await host.ActivityAsync(id, "title status");
        Assert.Equal("FORBIDDEN", creating.ErrorCode());
        Assert.Equal("别人的", activity.GetProperty("title").GetString());
        Assert.Equal("PUBLISHED", activity.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Volunteers_and_anonymous_callers_change_nothing()
    {
        await using var host = await ActivitiesHost.StartPostgresAsync();
        var id = await host.CreateAsync(Station);

        var anonymous = await host.PostAsync(Create, new { unit = Station, input = Details() });
        var volunteer = await host.PostAsync(Create, new { unit = Station, input = Details() }, host.Volunteer(NewId()));
        var publishing = await host.MoveAsync("publishActivity", id, host.Volunteer(NewId()));

        Assert.Equal("UNAUTHENTICATED", anonymous.ErrorCode());
        Assert.Equal("FORBIDDEN", volunteer.ErrorCode());
        Assert.Equal("FORBIDDEN", publishing.ErrorCode());
        Assert.Equal("DRAFT", (await host.ActivityAsync(id, "status")).GetProperty("status").GetString());
    }
}
