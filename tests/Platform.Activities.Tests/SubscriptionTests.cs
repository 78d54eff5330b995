using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Activities.GraphQL;
using Platform.Testing;
using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>
/// <c>activityPublished</c> over real Server-Sent Events: a subscriber receives each public activity as it is published,
/// filtered by region and content; internal ones never come; leaving ends the subscription on the server.
/// </summary>
public sealed class SubscriptionTests
{
    private static readonly string City = NewId();
    private static readonly string Station = NewId();
    private static readonly string OtherStation = NewId();

    private static readonly Dictionary<string, string?> Tree = new() { [City] = null, [Station] = City, [OtherStation] = City };

    [Fact]
    public async Task A_subscriber_receives_matching_publications_and_leaving_cleans_up()
    {
        await using var organization = await OrganizationStandIn.StartTreeAsync(Tree);
        await using var host = await ActivitiesHost.StartPostgresAsync(organizationUrl: organization.Url);
        var hub = host.Services.GetRequiredService<ActivityPublications>();
        var elsewhere = await host.CreateAsync(OtherStation, Details(content: "STUDY_THEORY"));
        var otherContent = await host.CreateAsync(Station, Details(content: "ENRICH_CULTURE"));
        var internalOne = await host.CreateAsync(Station, Details(content: "STUDY_THEORY", isPublic: false));
        var wanted = await host.CreateAsync(Station, Details(title: "订阅到的", content: "STUDY_THEORY"));

        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, host.GraphQLUrl)
        {
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                query = "subscription($region: ID, $content: PracticeContent) { activityPublished(region: $region, content: $content) { id title content } }",
                variables = new { region = Station, content = "STUDY_THEORY" },
            }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
        await WaitUntilAsync(() => hub.SubscriberCount == 1, stop.Token);

        foreach (var id in new[] { elsewhere, otherContent, internalOne, wanted })
        {
            (await host.MoveAsync("publishActivity", id)).Ok();
        }

        var received = await NextEventAsync(reader, stop.Token);
        response.Dispose();
        await WaitUntilAsync(() => hub.SubscriberCount == 0, stop.Token);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var activity = received.GetProperty("data").GetProperty("activityPublished");
        Assert.Equal(wanted, activity.GetProperty("id").GetString());
        Assert.Equal("订阅到的", activity.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_unfiltered_subscriber_gets_every_public_publication_in_order()
    {
        await using var host = await ActivitiesHost.StartPostgresAsync();
        var hub = host.Services.GetRequiredService<ActivityPublications>();
        var first = await host.CreateAsync(Station);
        var second = await host.CreateAsync(OtherStation, Details(content: "REFORM_CUSTOMS"));
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, host.GraphQLUrl + "?query=" + Uri.EscapeDataString("subscription { activityPublished { id } }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
        await WaitUntilAsync(() => hub.SubscriberCount == 1, stop.Token);

        (await host.MoveAsync("publishActivity", first)).Ok();
        (await host.MoveAsync("publishActivity", second)).Ok();

        Assert.Equal(first, (await NextEventAsync(reader, stop.Token)).GetProperty("data").GetProperty("activityPublished").GetProperty("id").GetString());
        Assert.Equal(second, (await NextEventAsync(reader, stop.Token)).GetProperty("data").GetProperty("activityPublished").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_malformed_region_ends_the_subscription_with_an_error_event()
    {
        await using var host = await ActivitiesHost.StartPostgresAsync();
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, host.GraphQLUrl + "?query=" + Uri.EscapeDataString("subscription { activityPublished(region: \"x\") { id } }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);

        var text = await response.Content.ReadAsStringAsync(stop.Token);

        Assert.Contains("INVALID_ID", text);
        Assert.EndsWith("event: complete\ndata:\n\n", text);
        Assert.Equal(0, host.Services.GetRequiredService<ActivityPublications>().SubscriberCount);
    }

    /// <summary>The next <c>next</c> event's JSON (heartbeat comments skipped).</summary>
    private static async Task<JsonElement> NextEventAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        string? eventName = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                eventName = line[6..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal) && eventName == "next")
            {
                return JsonDocument.Parse(line[5..]).RootElement.Clone();
            }
        }

        throw new InvalidOperationException("The event stream ended before a next event.");
    }

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (!condition())
        {
            await Task.Delay(20, cancellationToken);
        }
    }
}
