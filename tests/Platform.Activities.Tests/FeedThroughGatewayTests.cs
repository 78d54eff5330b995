using System.Net;
using Platform.Activities.GraphQL;
using Platform.Testing;
using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>
/// The feed as media platforms read it through our gateway over the real module: anonymously, and with the
/// <c>X-Media-Key</c> header, which the gateway forwards by default (<c>Gateway:ForwardedRequestHeaders</c>) — the
/// module counts the key, so a key over its limit and an unknown key reach the client as the module's GraphQL errors
/// (HTTP 200 from the gateway, <c>data: null</c>).
/// </summary>
public sealed class FeedThroughGatewayTests
{
    private const string Feed = "query($region: ID) { activityFeed(first: 10, region: $region) { totalCount nodes { id title organizingUnit { id name } } } }";

    [Fact]
    public async Task The_feed_reads_anonymously_and_with_a_key_until_its_limit_then_RATE_LIMITED_and_an_unknown_key_is_INVALID_MEDIA_KEY()
    {
        var key = MediaKeySettings.NewKey();
        await using var module = await ActivitiesHost.StartPostgresAsync(settings: MediaKeySettings.For("新华网", key, perMinute: 2));
        module.Clock.Set(Start.AddDays(-1));
        var unit = NewId();
        var published = await module.CreatePublishedAsync(unit, Details(title: "理论宣讲进社区"));
        await module.CreatePublishedAsync(unit, Details(title: "内部", isPublic: false));
        await using var organization = await OrganizationStandIn.StartAsync(new Dictionary<string, string> { [unit] = "幸福社区" });
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string>
        {
            ["organization"] = organization.Url,
            ["activities"] = module.GraphQLUrl,
        });
        var withKey = new Dictionary<string, string> { [FeedMediaKeyMiddleware.Header] = key };

        var anonymous = await gateway.PostAsync(Feed, new { region = unit });
        var first = await gateway.PostAsync(Feed, new { region = unit }, withKey);
        var second = await gateway.PostAsync(Feed, new { region = unit }, withKey);
        var overLimit = await gateway.PostAsync(Feed, new { region = unit }, withKey);
        var unknown = await gateway.PostAsync(Feed, new { region = unit }, new Dictionary<string, string> { [FeedMediaKeyMiddleware.Header] = key + "x" });
        var anonymousAfter = await gateway.PostAsync(Feed, new { region = unit });

        foreach (var page in new[] { anonymous, first, second, anonymousAfter })
        {
            var feed = page.Ok().GetProperty("activityFeed");
            Assert.Equal(1, feed.GetProperty("totalCount").GetInt32());
            Assert.Equal(published, feed.GetProperty("nodes")[0].GetProperty("id").GetString());
            Assert.Equal("幸福社区", feed.GetProperty("nodes")[0].GetProperty("organizingUnit").GetProperty("name").GetString());
        }

        // The module answers 429 (with Retry-After) or 401; the gateway passes its GraphQL error on at the field, with
        // data null, in a 200 answer (the module's status and Retry-After stay between the gateway and the module).
        Assert.Equal(FeedMediaKeyMiddleware.RateLimited, overLimit.ErrorCode());
        Assert.Equal(HttpStatusCode.OK, overLimit.Status);
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Contains("新华网", overLimit.ErrorMessage());
        Assert.Equal(FeedMediaKeyMiddleware.InvalidKey, unknown.ErrorCode());
    }
}
