using System.Text.Json;
using Platform.Testing;
using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>
/// The feed read from the region rows' copy of each activity's last change and listing: changes move an activity's
/// region rows with it, an activity that is not (yet) public and published stays out, and a page costs one SQL command
/// unless the client asks for <c>totalCount</c>.
/// </summary>
public sealed class FeedRegionOrderTests
{
    private const string Page = """
        query($first: Int, $after: String, $region: ID, $since: DateTime) {
          activityFeed(first: $first, after: $after, region: $region, updatedSince: $since) { pageInfo { hasNextPage endCursor } edges { node { id } } }
        }
        """;

    private const string PageWithTotal = """
        query($first: Int, $region: ID) { activityFeed(first: $first, region: $region) { totalCount edges { node { id } } } }
        """;

    private static readonly string Province = NewId();
    private static readonly string City = NewId();
    private static readonly string Station = NewId();

    private static readonly Dictionary<string, string?> Tree = new() { [Province] = null, [City] = Province, [Station] = City };

    [Fact]
    public async Task An_activity_changed_after_publication_moves_to_the_end_of_every_region_it_lies_in()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        await using var host = await ActivitiesHost.StartPostgresAsync(organizationUrl: organization.Url);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            host.Clock.Set(Start.AddDays(-10).AddMinutes(i));
            ids.Add(await host.CreatePublishedAsync(Station));
        }

        host.Clock.Set(Start.AddDays(-9));
        (await host.PostAsync(Update, new { id = ids[0], input = Details(title: "改过") }, host.PlatformAdmin())).Ok();
        host.Clock.Set(Start.AddDays(-8));
        var volunteer = NewId();
        (await host.AttendAsync("signUpForActivity", ids[1], volunteer)).Ok();
        host.Clock.Set(Start);
        (await host.AttendAsync("checkInToActivity", ids[1], volunteer, await host.CodeAsync(ids[1]))).Ok();

        foreach (var region in new[] { Station, City, Province })
        {
            Assert.Equal([ids[2], ids[0], ids[1]], await IdsAsync(host, new { region }));
        }

        Assert.Equal([ids[0], ids[1]], await IdsAsync(host, new { region = City, since = Start.AddDays(-9).ToString("O") }));
        Assert.Equal([ids[1]], await IdsAsync(host, new { region = City, since = Start.AddDays(-8).ToString("O") }));
        Assert.Equal([ids[2], ids[0], ids[1]], await IdsAsync(host, new { }));
    }

    [Fact]
    public async Task An_activity_made_internal_or_cancelled_before_publication_stays_out_of_the_region_feed()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        await using var host = await ActivitiesHost.StartPostgresAsync(organizationUrl: organization.Url);
        host.Clock.Set(Start.AddDays(-5));
        var listed = await host.CreatePublishedAsync(Station);
        var madeInternal = await host.CreateAsync(Station);
        (await host.PostAsync(Update, new { id = madeInternal, input = Details(isPublic: false) }, host.PlatformAdmin())).Ok();
        (await host.MoveAsync("publishActivity", madeInternal)).Ok();
        var cancelled = await host.CreateAsync(Station);
        (await host.MoveAsync("cancelActivity", cancelled)).Ok();
        var draft = await host.CreateAsync(City);

        var page = (await host.PostAsync(PageWithTotal, new { region = Province })).Ok().GetProperty("activityFeed");

        Assert.Equal([listed], page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        host.Clock.Set(Start.AddDays(-4));
        (await host.MoveAsync("publishActivity", draft)).Ok();
        Assert.Equal([listed, draft], await IdsAsync(host, new { region = City }));
    }

    [Fact]
    public async Task A_page_is_one_sql_command_without_totalCount_and_counts_only_when_asked()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        var counter = new SqlCommandCounter();
        await using var host = await ActivitiesHost.StartPostgresAsync(counter, organizationUrl: organization.Url);
        for (var i = 0; i < 6; i++)
        {
            host.Clock.Set(Start.AddDays(-30).AddMinutes(i));
            await host.CreatePublishedAsync(i % 2 == 0 ? Station : City);
        }

        foreach (var variables in new object[] { new { first = 2, region = Province }, new { first = 2, region = (string?)null } })
        {
            counter.Reset();
            var page = (await host.PostAsync(Page, variables)).Ok().GetProperty("activityFeed");
            Assert.Equal(2, page.GetProperty("edges").GetArrayLength());
            Assert.Equal(1, counter.Count);
            Assert.DoesNotContain(counter.Commands, command => command.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        }

        counter.Reset();
        var counted = (await host.PostAsync(PageWithTotal, new { first = 2, region = Province })).Ok().GetProperty("activityFeed");
        Assert.Equal(6, counted.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, counter.Count);
        Assert.Single(counter.Commands, command => command.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<List<string>> IdsAsync(ActivitiesHost host, object variables) =>
        [.. (await host.PostAsync(Page, variables)).Ok().GetProperty("activityFeed").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];
}
