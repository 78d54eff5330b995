using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Gateway.Execution;

namespace Platform.Gateway.Tests;

/// <summary>Subscriptions through the gateway over Server-Sent Events: events from one module, fields from others.</summary>
public sealed class SubscriptionTests
{
    private const string FeedQuery = "subscription { activityFeed { id title organizer { name } } }";

    [Fact]
    public async Task Each_event_is_completed_with_fields_from_other_modules_in_the_operations_shape_and_order()
    {
        var feed = new ActivityFeed();
        await using var activities = await ActivitySubgraphs.ActivitiesAsync(feed);
        await using var organization = await ActivitySubgraphs.OrganizationAsync();
        await using var gateway = await TestGateway.StartAsync(activities, organization);
        const int count = 4;
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        await using var stream = await EventStreamClient.SubscribeAsync(gateway, """
            subscription Published($count: Int!, $city: String) {
              published: activityPublished(count: $count, city: $city) { ...Parts host: organizer { name } }
            }
            fragment Parts on Activity { title id }
            """, new { count, city = "Hangzhou" }, "Published", new Dictionary<string, string>
        {
            ["Authorization"] = "Bearer token-7",
            ["X-Media-Key"] = "media-7",
            ["traceparent"] = $"00-{traceId}-00f067aa0ba902b7-01",
        });
        var events = await stream.ReadToEndAsync();

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal([.. Enumerable.Repeat("next", count), "complete"], events.Select(e => e.Name));
        for (var i = 0; i < count; i++)
        {
            var expected = ActivitySubgraphs.Activity(i, "Hangzhou");
            var organizer = (string)((Dictionary<string, object?>)expected["organizer"]!)["id"]!;
            JsonAssert.Equal(
                JsonSerializer.Serialize(new { data = new { published = new { title = expected["title"], id = expected["id"], host = new { name = ActivitySubgraphs.OrgUnitName(organizer) } } } }),
                events[i].Result);
        }

        var subscribe = Assert.Single(activities.Received);
        Assert.StartsWith("subscription", subscribe.Query);
        Assert.Equal(count, subscribe.Variables.GetProperty("count").GetInt32());
        Assert.Equal("text/event-stream", subscribe.Headers["accept"]);
        Assert.Equal(count, organization.EntityCalls.Count);
        Assert.All(organization.EntityCalls, call => Assert.Equal(1, call.RepresentationCount));
        Assert.All(activities.Received.Concat(organization.Received), call =>
        {
            Assert.Equal("Bearer token-7", call.Headers["authorization"]);
            Assert.Equal("media-7", call.Headers["x-media-key"]);
            Assert.Equal(traceId, call.Headers["traceparent"].Split('-')[1]);
        });
    }

    [Fact]
    public async Task A_field_that_requires_event_fields_is_fetched_with_them_for_each_event()
    {
        var feed = new ActivityFeed();
        await using var activities = await ActivitySubgraphs.ActivitiesAsync(feed);
        await using var organization = await ActivitySubgraphs.OrganizationAsync();
        await using var ratings = await ActivitySubgraphs.RatingsAsync();
        await using var gateway = await TestGateway.StartAsync(activities, organization, ratings);

        await using var stream = await EventStreamClient.SubscribeAsync(gateway, "subscription { activityPublished(count: 2) { id headline organizer { name } } }");
        var events = await stream.ReadToEndAsync();

        Assert.Equal(["next", "next", "complete"], events.Select(e => e.Name));
        for (var i = 0; i < 2; i++)
        {
            var activity = JsonAssert.Data(events[i].Result).GetProperty("activityPublished");
            Assert.Equal(ActivitySubgraphs.Headline((string)ActivitySubgraphs.Activity(i, null)["title"]!), activity.GetProperty("headline").GetString());
            Assert.False(activity.TryGetProperty("title", out _));
            Assert.Equal(ActivitySubgraphs.OrgUnits[i % 2].Name, activity.GetProperty("organizer").GetProperty("name").GetString());
        }

        Assert.All(ratings.EntityCalls, call => Assert.Contains("title", call.Variables.GetProperty("representations")[0].EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task A_module_failing_during_an_entity_fetch_costs_only_its_part_of_the_event()
    {
        var feed = new ActivityFeed();
        await using var activities = await ActivitySubgraphs.ActivitiesAsync(feed);
        var organization = await ActivitySubgraphs.OrganizationAsync();
        await using var gateway = await TestGateway.StartAsync(activities, organization);
        await organization.DisposeAsync();

        await using var stream = await EventStreamClient.SubscribeAsync(gateway, "subscription { activityPublished(count: 1) { id organizer { name } } }");
        var events = await stream.ReadToEndAsync();

        Assert.Equal(["next", "complete"], events.Select(e => e.Name));
        var activity = events[0].Result.GetProperty("data").GetProperty("activityPublished");
        Assert.Equal("a0", activity.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, activity.GetProperty("organizer").ValueKind);
        var error = Assert.Single(JsonAssert.Errors(events[0].Result));
        Assert.Equal("activityPublished.organizer.name", JsonAssert.PathOf(error));
        Assert.Equal(GatewayErrors.SubgraphUnavailableCode, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("organization", error.GetProperty("extensions").GetProperty("serviceName").GetString());
    }

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
        await Eventually(() => slots.Open == 0);
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

    [Fact]
    public async Task Request_errors_come_as_one_event_and_a_subscription_without_an_event_stream_accept_is_refused()
    {
        var feed = new ActivityFeed();
        await using var activities = await ActivitySubgraphs.ActivitiesAsync(feed);
        await using var gateway = await TestGateway.StartAsync(activities);

        await using var invalid = await EventStreamClient.SubscribeAsync(gateway, "subscription { activityFeed { nope } }");
        var events = await invalid.ReadToEndAsync();
        using var plain = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = FeedQuery }), System.Text.Encoding.UTF8, "application/json"),
        };
        plain.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var refused = await gateway.Client.SendAsync(plain);
        using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());

        Assert.Equal(["next", "complete"], events.Select(e => e.Name));
        Assert.Contains("nope", Assert.Single(JsonAssert.Errors(events[0].Result)).GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("SUBSCRIPTION_REQUIRES_STREAM", JsonAssert.Errors(body.RootElement)[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(activities.Received);
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
