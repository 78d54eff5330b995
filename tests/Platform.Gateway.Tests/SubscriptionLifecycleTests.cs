using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Gateway.Execution;

namespace Platform.Gateway.Tests;

/// <summary>How a subscription through the gateway ends: the client leaving, the limit, its module down, failing or leaving.</summary>
public sealed class SubscriptionLifecycleTests
{
    private const string FeedQuery = "subscription { activityFeed { id title organizer { name } } }";

    [Fact]
    public async Task The_client_leaving_cancels_the_modules_stream_and_frees_its_slot()
    {
        var feed = new ActivityFeed();
        await using var activities = await ActivitySubgraphs.ActivitiesAsync(feed);
        await using var organization = await ActivitySubgraphs.OrganizationAsync();
        await using var gateway = await TestGateway.StartAsync(activities, organization);
        var slots = gateway.Services.GetRequiredService<SubscriptionSlots>();

        var stream = await EventStreamClient.SubscribeAsync(gateway, FeedQuery);
        await feed.Started.WaitAsync(TimeSpan.FromSeconds(30));
        feed.Publish(1);
        var first = await stream.NextAsync();
        Assert.Equal("Activity 1", first!.Result.GetProperty("data").GetProperty("activityFeed").GetProperty("title").GetString());
        Assert.Equal(1, slots.Open);
        await stream.DisposeAsync();

        await feed.Stopped.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, feed.Readers);
        await Eventually(() => slots.Open == 0);
    }

    [Fact]
    public async Task Subscriptions_beyond_the_configured_limit_get_an_error_event_and_complete()
    {
        var feed = new ActivityFeed();
        await using var activities = await ActivitySubgraphs.ActivitiesAsync(feed);
        await using var gateway = await TestGateway.StartAsync([activities], new Dictionary<string, string?>
        {
            ["Gateway:MaxConcurrentSubscriptions"] = "1",
        });
        var slots = gateway.Services.GetRequiredService<SubscriptionSlots>();

        var first = await EventStreamClient.SubscribeAsync(gateway, "subscription { activityFeed { id } }");
        await feed.Started.WaitAsync(TimeSpan.FromSeconds(30));
        await using (var refused = await EventStreamClient.SubscribeAsync(gateway, "subscription { activityFeed { id } }"))
        {
            var events = await refused.ReadToEndAsync();

            Assert.Equal(["next", "complete"], events.Select(e => e.Name));
            Assert.False(events[0].Result.TryGetProperty("data", out _));
            var error = Assert.Single(JsonAssert.Errors(events[0].Result));
            Assert.Equal(GatewayErrors.SubscriptionLimitExceededCode, error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Contains("at most 1 subscription", error.GetProperty("message").GetString());
        }

        Assert.Equal(1, feed.Readers);
        await first.DisposeAsync();
        await Eventually(() => slots.Open == 0 && feed.Readers == 0);
        feed.Reset();
        await using var again = await EventStreamClient.SubscribeAsync(gateway, "subscription { activityFeed { id } }");
        await feed.Started.WaitAsync(TimeSpan.FromSeconds(30));
        feed.Publish(2);
        Assert.Equal("a2", (await again.NextAsync())!.Result.GetProperty("data").GetProperty("activityFeed").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_module_that_is_down_gives_an_error_event_then_complete()
    {
        var activities = await ActivitySubgraphs.ActivitiesAsync(new ActivityFeed());
        await using var organization = await ActivitySubgraphs.OrganizationAsync();
        await using var gateway = await TestGateway.StartAsync(activities, organization);
        await activities.DisposeAsync();

        await using var stream = await EventStreamClient.SubscribeAsync(gateway, FeedQuery);
        var events = await stream.ReadToEndAsync();

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal(["next", "complete"], events.Select(e => e.Name));
        var error = Assert.Single(JsonAssert.Errors(events[0].Result));
        Assert.Contains("Module 'activities' is unavailable", error.GetProperty("message").GetString());
        Assert.Equal(GatewayErrors.SubgraphUnavailableCode, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, gateway.Services.GetRequiredService<SubscriptionSlots>().Open);
    }

    [Fact]
    public async Task The_owning_module_failing_mid_stream_gives_an_error_event_naming_it_then_complete()
    {
        var feed = new ActivityFeed();
        await using var activities = await ActivitySubgraphs.ActivitiesAsync(feed);
        await using var organization = await ActivitySubgraphs.OrganizationAsync();
        await using var gateway = await TestGateway.StartAsync(activities, organization);

        await using var stream = await EventStreamClient.SubscribeAsync(gateway, FeedQuery);
        await feed.Started.WaitAsync(TimeSpan.FromSeconds(30));
        feed.Publish(0);
        feed.Fail();
        var events = await stream.ReadToEndAsync();

        Assert.Equal(["next", "next", "complete"], events.Select(e => e.Name));
        Assert.Equal("a0", JsonAssert.Data(events[0].Result).GetProperty("activityFeed").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, events[1].Result.GetProperty("data").ValueKind);
        var error = Assert.Single(JsonAssert.Errors(events[1].Result));
        Assert.Equal("activities", error.GetProperty("extensions").GetProperty("serviceName").GetString());
        Assert.Equal("activityFeed", JsonAssert.PathOf(error));
    }

    [Fact]
    public async Task The_owning_module_dropping_its_connection_gives_an_error_event_then_complete()
    {
        await using var activities = await ActivitySubgraphs.ActivitiesAsync(new ActivityFeed());
        await using var gateway = await TestGateway.StartAsync(activities);

        await using var stream = await EventStreamClient.SubscribeAsync(gateway, "subscription { activityCrash { id } }");
        var events = await stream.ReadToEndAsync();

        Assert.Equal(["next", "complete"], events.Select(e => e.Name));
        var error = Assert.Single(JsonAssert.Errors(events[0].Result));
        Assert.Contains("Module 'activities' is unavailable", error.GetProperty("message").GetString());
        Assert.Equal(GatewayErrors.SubgraphUnavailableCode, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_event_larger_than_the_response_limit_gives_an_error_event_then_complete()
    {
        await using var activities = await ActivitySubgraphs.ActivitiesAsync(new ActivityFeed());
        await using var gateway = await TestGateway.StartAsync([activities], new Dictionary<string, string?>
        {
            ["Gateway:MaxSubgraphResponseBytes"] = "8000",
        });

        await using var stream = await EventStreamClient.SubscribeAsync(
            gateway, "subscription($city: String) { activityPublished(count: 2, city: $city) { title } }", new { city = new string('x', 9000) });
        var events = await stream.ReadToEndAsync();

        Assert.Equal(["next", "complete"], events.Select(e => e.Name));
        var error = Assert.Single(JsonAssert.Errors(events[0].Result));
        Assert.Equal(GatewayErrors.SubgraphInvalidResponseCode, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("larger than 8000 bytes", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_module_leaving_the_registry_ends_its_subscriptions_with_an_error_event()
    {
        var feed = new ActivityFeed();
        await using var activities = await ActivitySubgraphs.ActivitiesAsync(feed);
        await using var organization = await ActivitySubgraphs.OrganizationAsync();
        await using var gateway = await TestGateway.StartAsync(activities, organization);

        await using var stream = await EventStreamClient.SubscribeAsync(gateway, FeedQuery);
        await feed.Started.WaitAsync(TimeSpan.FromSeconds(30));
        var (status, _) = await gateway.ChangeModuleAsync(HttpMethod.Delete, "activities", null);
        var events = await stream.ReadToEndAsync();

        Assert.Equal(200, status);
        Assert.Equal(["next", "complete"], events.Select(e => e.Name));
        var error = Assert.Single(JsonAssert.Errors(events[0].Result));
        Assert.Contains("'activities'", error.GetProperty("message").GetString());
        Assert.Contains("left the gateway", error.GetProperty("message").GetString());
        await feed.Stopped.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static async Task Eventually(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(10, deadline.Token);
        }
    }
}
