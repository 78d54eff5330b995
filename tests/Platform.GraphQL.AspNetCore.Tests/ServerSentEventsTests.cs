using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using static Platform.GraphQL.AspNetCore.Tests.TestServerHost;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>Subscriptions (and any operation) as Server-Sent Events, graphql-sse "distinct connections" mode.</summary>
public sealed class ServerSentEventsTests
{
    private const string EventStream = "text/event-stream";

    private readonly TaskCompletionSource _idleStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _idleEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task A_subscription_streams_one_next_event_per_result_then_complete()
    {
        await using var host = await StartAsync();

        using var response = await SendAsync(host, Post("subscription { counter(to: 3) }"));
        var events = await ReadAllEventsAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EventStream, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            ["next {\"data\":{\"counter\":1}}", "next {\"data\":{\"counter\":2}}", "next {\"data\":{\"counter\":3}}", "complete "],
            events);
    }

    [Fact]
    public async Task A_subscription_over_get_streams_too()
    {
        await using var host = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("subscription { counter(to: 1) }"));
        request.Headers.Add("Accept", EventStream);

        using var response = await SendAsync(host, request);

        Assert.Equal(["next {\"data\":{\"counter\":1}}", "complete "], await ReadAllEventsAsync(response));
    }

    [Fact]
    public async Task Validation_errors_come_as_a_next_event_on_an_accepted_stream()
    {
        await using var host = await StartAsync();

        using var response = await SendAsync(host, Post("subscription { nope }"));
        var events = await ReadAllEventsAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, events.Count);
        Assert.StartsWith("next {\"errors\":[{\"message\":\"Cannot query field \\\"nope\\\"", events[0]);
        Assert.Equal("complete ", events[1]);
    }

    [Fact]
    public async Task A_query_streams_a_single_result()
    {
        await using var host = await StartAsync();

        using var response = await SendAsync(host, Post("{ hello }"));

        Assert.Equal(["next {\"data\":{\"hello\":\"world\"}}", "complete "], await ReadAllEventsAsync(response));
    }

    [Fact]
    public async Task An_idle_stream_sends_heartbeats_and_stops_its_source_when_the_client_leaves()
    {
        await using var host = await StartAsync(WithIdleSubscription(TimeSpan.FromMilliseconds(20)));

        var response = await SendAsync(host, Post("subscription { idle }"));
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        while (await reader.ReadLineAsync() is { } line && line != ":")
        {
        }

        await _idleStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        response.Dispose();

        await _idleEnded.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Stopping_the_app_completes_open_streams()
    {
        var host = await StartAsync(WithIdleSubscription(TimeSpan.Zero));

        using var response = await SendAsync(host, Post("subscription { idle }"));
        await _idleStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var reading = ReadAllEventsAsync(response);
        await host.App.StopAsync();

        Assert.Equal(["complete "], await reading.WaitAsync(TimeSpan.FromSeconds(30)));
        await _idleEnded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await host.DisposeAsync();
    }

    private Action<GraphQLServerBuilder> WithIdleSubscription(TimeSpan heartbeat) => graphQL => graphQL
        .AddDocumentFromString("extend type Subscription { idle: Int }")
        .AddSubscriber("Subscription", "idle", context => ValueTask.FromResult(IdleAsync(context.CancellationToken)))
        .ModifyOptions(o => o.ServerSentEventsHeartbeat = heartbeat);

    private async IAsyncEnumerable<object?> IdleAsync(CancellationToken requestToken, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestToken, cancellationToken);
        _idleStarted.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, linked.Token);
            yield return null;
        }
        finally
        {
            _idleEnded.TrySetResult();
        }
    }

    private static HttpRequestMessage Post(string query) => new(HttpMethod.Post, "/graphql")
    {
        Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        Headers = { { "Accept", EventStream } },
    };

    private static Task<HttpResponseMessage> SendAsync(TestServerHost host, HttpRequestMessage request) =>
        host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

    /// <summary>Each event as "name data"; comment lines (heartbeats) are skipped.</summary>
    private static async Task<List<string>> ReadAllEventsAsync(HttpResponseMessage response)
    {
        var events = new List<string>();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        string? name = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line["data:".Length..].TrimStart(' '));
            }
            else if (line.Length == 0 && name is not null)
            {
                events.Add($"{name} {data}");
                name = null;
                data.Clear();
            }
        }

        return events;
    }
}
