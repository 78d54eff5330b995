using System.Text.Json;
using Platform.Testing;
using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>
/// The public feed for media platforms: published public activities only, filtered by region (a unit's subtree, read
/// from the Organization stand-in when each activity is created), content and dates, paged by cursors that stay valid
/// while activities change, and incremental by <c>updatedSince</c>.
/// </summary>
public sealed class FeedTests
{
    private const string Feed = """
        query($first: Int, $after: String, $region: ID, $content: PracticeContent, $from: DateTime, $to: DateTime, $since: DateTime) {
          activityFeed(first: $first, after: $after, region: $region, content: $content, from: $from, to: $to, updatedSince: $since) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id title status updatedAt } }
          }
        }
        """;

    private static readonly string Province = NewId();
    private static readonly string City = NewId();
    private static readonly string Station = NewId();
    private static readonly string OtherCity = NewId();
    private static readonly string OtherStation = NewId();

    private static readonly Dictionary<string, string?> Tree = new()
    {
        [Province] = null,
        [City] = Province,
        [Station] = City,
        [OtherCity] = Province,
        [OtherStation] = OtherCity,
    };

    [Fact]
    public async Task Only_published_public_activities_are_in_the_feed_with_their_later_status()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        await using var host = await ActivitiesHost.StartPostgresAsync(organizationUrl: organization.Url);
        host.Clock.Set(Start.AddDays(-1));
        await host.CreateAsync(Station, Details(title: "草稿"));
        await host.CreatePublishedAsync(Station, Details(title: "内部", isPublic: false));
        var cancelledDraft = await host.CreateAsync(Station, Details(title: "取消的草稿"));
        (await host.MoveAsync("cancelActivity", cancelledDraft)).Ok();
        var published = await host.CreatePublishedAsync(Station, Details(title: "公开"));
        var cancelledLater = await host.CreatePublishedAsync(Station, Details(title: "发布后取消"));
        host.Clock.Set(Start.AddMinutes(1));
        (await host.MoveAsync("cancelActivity", cancelledLater)).Ok();

        var nodes = await NodesAsync(host, new { region = Province });

        Assert.Equal([published, cancelledLater], nodes.Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(["PUBLISHED", "CANCELLED"], nodes.Select(n => n.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Region_content_and_dates_filter_the_feed()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        await using var host = await ActivitiesHost.StartPostgresAsync(organizationUrl: organization.Url);
        host.Clock.Set(Start.AddDays(-3));
        var theoryHere = await host.CreatePublishedAsync(Station, Details(content: "STUDY_THEORY"));
        host.Clock.Set(Start.AddDays(-2));
        var cultureHere = await host.CreatePublishedAsync(City, Details(content: "ENRICH_CULTURE", start: Start.AddDays(10)));
        host.Clock.Set(Start.AddDays(-1));
        var theoryThere = await host.CreatePublishedAsync(OtherStation, Details(content: "STUDY_THEORY", start: Start.AddDays(20)));

        Assert.Equal([theoryHere, cultureHere], await IdsAsync(host, new { region = City }));
        Assert.Equal([theoryHere], await IdsAsync(host, new { region = Station }));
        Assert.Equal([theoryThere], await IdsAsync(host, new { region = OtherCity }));
        Assert.Equal([theoryHere, theoryThere], await IdsAsync(host, new { region = Province, content = "STUDY_THEORY" }));
        Assert.Equal([cultureHere], await IdsAsync(host, new { region = Province, from = Start.AddDays(1).ToString("O"), to = Start.AddDays(20).ToString("O") }));
        Assert.Empty(await IdsAsync(host, new { region = NewId() }));
        Assert.Equal("INVALID_ID", (await host.PostAsync(Feed, new { region = "nope" })).ErrorCode());
    }

    [Fact]
    public async Task Cursors_stay_valid_while_activities_change_between_pages()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        await using var host = await ActivitiesHost.StartPostgresAsync(organizationUrl: organization.Url);
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            host.Clock.Set(Start.AddDays(-10).AddMinutes(i));
            created.Add(await host.CreatePublishedAsync(Station, Details(title: $"活动{i}")));
        }

        var page1 = (await host.PostAsync(Feed, new { first = 2, region = Station })).Ok().GetProperty("activityFeed");
        host.Clock.Set(Start.AddDays(-9));
        (await host.PostAsync(Update, new { id = created[0], input = Details(title: "改过") }, host.PlatformAdmin())).Ok();
        var seen = page1.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
        var after = page1.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var pages = 1;
        while (after is not null)
        {
            var page = (await host.PostAsync(Feed, new { first = 2, after, region = Station })).Ok().GetProperty("activityFeed");
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
            pages++;
        }

        Assert.Equal(5, page1.GetProperty("totalCount").GetInt32());
        Assert.True(page1.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([.. created, created[0]], seen);
        Assert.Equal(3, pages);
        Assert.Equal("INVALID_CURSOR", (await host.PostAsync(Feed, new { after = "bm90LWEtY3Vyc29y" })).ErrorCode());
    }

    [Fact]
    public async Task Updated_since_gives_what_changed_from_that_instant_on()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        await using var host = await ActivitiesHost.StartPostgresAsync(organizationUrl: organization.Url);
        var t1 = Start.AddDays(-20);
        var t2 = t1.AddHours(1);
        host.Clock.Set(t1);
        var early = await host.CreatePublishedAsync(Station);
        var untouched = await host.CreatePublishedAsync(Station);
        host.Clock.Set(t2);
        var later = await host.CreatePublishedAsync(Station);
        host.Clock.Set(t2.AddHours(1));
        (await host.PostAsync(Update, new { id = early, input = Details(title: "更新") }, host.PlatformAdmin())).Ok();

        var since = await IdsAsync(host, new { region = Station, since = t2.ToString("O") });
        var all = await IdsAsync(host, new { region = Station });

        Assert.Equal([later, early], since);
        Assert.Equal([untouched, later, early], all);
    }

    [Fact]
    public async Task A_region_page_is_two_sql_commands_and_asks_the_organization_module_nothing()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        var counter = new SqlCommandCounter();
        await using var host = await ActivitiesHost.StartPostgresAsync(counter, organizationUrl: organization.Url);
        for (var i = 0; i < 12; i++)
        {
            host.Clock.Set(Start.AddDays(-30).AddMinutes(i));
            await host.CreatePublishedAsync(i % 2 == 0 ? Station : OtherStation);
        }

        var requestsBefore = organization.Requests;
        counter.Reset();
        var page = (await host.PostAsync(Feed, new { first = 5, region = Province })).Ok().GetProperty("activityFeed");

        Assert.Equal(12, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(5, page.GetProperty("edges").GetArrayLength());
        Assert.Equal(2, counter.Count);
        Assert.Equal(requestsBefore, organization.Requests);
    }

    internal static async Task<List<JsonElement>> NodesAsync(ActivitiesHost host, object variables) =>
        [.. (await host.PostAsync(Feed, variables)).Ok().GetProperty("activityFeed").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))];

    private static async Task<List<string>> IdsAsync(ActivitiesHost host, object variables) =>
        [.. (await NodesAsync(host, variables)).Select(n => n.GetProperty("id").GetString()!)];
}
