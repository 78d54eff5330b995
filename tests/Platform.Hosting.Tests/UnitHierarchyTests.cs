using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;
using Platform.Testing;

namespace Platform.Hosting.Tests;

public sealed class UnitHierarchyTests
{
    private static readonly Dictionary<string, string?> Tree = new()
    {
        ["province"] = null,
        ["county"] = "province",
        ["township"] = "county",
        ["village"] = "township",
        ["other-county"] = "province",
        ["station"] = "other-county",
    };

    private static HttpUnitHierarchy Client(string url, TimeProvider? clock = null, TimeSpan? ttl = null) =>
        new(new HttpClient(), new UnitHierarchyOptions { OrganizationUrl = url, HierarchyCacheTtl = ttl ?? TimeSpan.FromMinutes(1) }, clock);

    [Fact]
    public async Task A_unit_is_within_its_ancestors_scopes_and_its_own_but_not_a_siblings()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        var hierarchy = Client(organization.Url);

        Assert.True(await hierarchy.IsWithinAsync("village", "county"));
        Assert.True(await hierarchy.IsWithinAsync("village", "province"));
        Assert.True(await hierarchy.IsWithinAsync("village", "village"));
        Assert.False(await hierarchy.IsWithinAsync("village", "other-county"));
        Assert.False(await hierarchy.IsWithinAsync("county", "village"));
        Assert.False(await hierarchy.IsWithinAsync("station", "county"));
    }

    [Fact]
    public async Task Several_units_are_asked_for_in_one_request()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        var hierarchy = Client(organization.Url);

        var ancestors = await hierarchy.GetAncestorsAsync(["village", "station", "province"]);

        Assert.Equal(1, organization.Requests);
        Assert.Equal(new[] { "county", "province", "township" }, ancestors["village"].Order());
        Assert.Equal(new[] { "other-county", "province" }, ancestors["station"].Order());
        Assert.Empty(ancestors["province"]);
    }

    [Fact]
    public async Task Administrators_act_for_their_units_subtree_and_platform_admins_everywhere()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        var hierarchy = Client(organization.Url);
        static ClaimsPrincipal User(string role, string? unit) => new(new ClaimsIdentity(
            [new Claim(PlatformClaims.Role, role), .. unit is null ? Array.Empty<Claim>() : [new Claim(PlatformClaims.Unit, unit)]],
            "test", PlatformClaims.Subject, PlatformClaims.Role));

        Assert.True(await AdministrativeScope.AdministersAsync(User(PlatformRoles.UnitAdmin, "county"), "village", hierarchy, default));
        Assert.True(await AdministrativeScope.AdministersAsync(User(PlatformRoles.ProvinceAdmin, "province"), "station", hierarchy, default));
        Assert.True(await AdministrativeScope.AdministersAsync(User(PlatformRoles.PlatformAdmin, null), "station", hierarchy, default));
        Assert.False(await AdministrativeScope.AdministersAsync(User(PlatformRoles.UnitAdmin, "county"), "station", hierarchy, default));
        Assert.False(await AdministrativeScope.AdministersAsync(User(PlatformRoles.UnitAdmin, null), "village", hierarchy, default));
        Assert.False(await AdministrativeScope.AdministersAsync(User(PlatformRoles.Volunteer, "county"), "village", hierarchy, default));
        Assert.False(await AdministrativeScope.AdministersAsync(new ClaimsPrincipal(new ClaimsIdentity()), "village", hierarchy, default));
    }

    [Fact]
    public async Task Concurrent_lookups_of_one_uncached_unit_share_one_request()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        var hierarchy = Client(organization.Url);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => hierarchy.IsWithinAsync("village", i % 2 == 0 ? "county" : "other-county")));

        Assert.Equal(1, organization.Requests);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => i % 2 == 0), answers);
    }

    [Fact]
    public async Task A_caller_giving_up_does_not_fail_the_others_waiting_for_the_same_unit()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        var hierarchy = Client(organization.Url);
        using var cancelled = new CancellationTokenSource();

        var impatient = hierarchy.IsWithinAsync("station", "other-county", cancelled.Token);
        var patient = hierarchy.IsWithinAsync("station", "other-county");
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        Assert.True(await patient);
        Assert.Equal(1, organization.Requests);
    }

    [Fact]
    public async Task Answers_are_reused_until_the_cache_time_passes()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var hierarchy = Client(organization.Url, clock, TimeSpan.FromSeconds(10));

        Assert.True(await hierarchy.IsWithinAsync("village", "county"));
        Assert.False(await hierarchy.IsWithinAsync("village", "other-county"));
        Assert.Equal(1, organization.Requests);

        clock.Advance(TimeSpan.FromSeconds(11));
        Assert.True(await hierarchy.IsWithinAsync("village", "province"));
        Assert.Equal(2, organization.Requests);
    }

    [Fact]
    public async Task An_unknown_unit_is_within_only_its_own_scope()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        var hierarchy = Client(organization.Url);

        Assert.False(await hierarchy.IsWithinAsync("nowhere", "province"));
        Assert.True(await hierarchy.IsWithinAsync("nowhere", "nowhere"));
    }

    [Fact]
    public async Task A_units_parent_is_the_nearest_of_its_ancestors_and_shares_their_cached_answer()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        var hierarchy = Client(organization.Url);

        Assert.Equal("township", await hierarchy.GetParentAsync("village"));
        Assert.True(await hierarchy.IsWithinAsync("village", "county"));
        Assert.Equal("other-county", await hierarchy.GetParentAsync("station"));
        Assert.Null(await hierarchy.GetParentAsync("province"));
        Assert.Null(await hierarchy.GetParentAsync("nowhere"));
        Assert.Equal(4, organization.Requests);
    }

    [Fact]
    public async Task Without_an_organization_url_no_parent_is_known()
    {
        IUnitHierarchy hierarchy = new ExactUnitHierarchy();

        Assert.Null(await hierarchy.GetParentAsync("village"));
    }

    [Fact]
    public async Task An_unreachable_organization_subgraph_gives_a_clear_error()
    {
        var hierarchy = Client($"http://127.0.0.1:{UnusedPort()}/graphql");

        var error = await Assert.ThrowsAsync<UnitHierarchyUnavailableException>(() => hierarchy.IsWithinAsync("village", "county"));
        Assert.Contains("Organization subgraph", error.Message);
    }

    [Fact]
    public async Task Without_an_organization_url_scopes_match_exactly()
    {
        var hierarchy = new ExactUnitHierarchy();

        Assert.True(await hierarchy.IsWithinAsync("village", "village"));
        Assert.False(await hierarchy.IsWithinAsync("village", "county"));
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
