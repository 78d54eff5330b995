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
}
