using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>One Server-Sent Event: its name (<c>next</c>, <c>complete</c>) and its data parsed as JSON (null when empty).</summary>
internal sealed record ServerSentEvent(string Name, JsonElement? Data)
{
    public JsonElement Result => Data ?? throw new InvalidOperationException($"The {Name} event has no data.");
}

/// <summary>
/// A GraphQL subscription sent to the gateway with <c>Accept: text/event-stream</c>, read event by event. Disposing
/// closes the connection at once, as a browser leaving does (an HttpClient would first try to drain the response).
/// </summary>
internal sealed class EventStreamClient : IAsyncDisposable
{
    private readonly HttpClient _client;
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStreamClient(HttpClient client, HttpResponseMessage response, StreamReader reader)
    {
        _client = client;
        _response = response;
        _reader = reader;
    }

    public HttpResponseMessage Response => _response;

    public static Task<EventStreamClient> SubscribeAsync(
        TestGateway gateway, string query, object? variables = null, string? operationName = null, IDictionary<string, string>? headers = null) =>
        SubscribeAsync(new Uri(gateway.Client.BaseAddress!, "/graphql"), query, variables, operationName, headers);

    /// <param name="endpoint">The GraphQL endpoint of any gateway (ours, or another for comparison).</param>
    public static async Task<EventStreamClient> SubscribeAsync(
        Uri endpoint, string query, object? variables = null, string? operationName = null, IDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables, operationName }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var client = new HttpClient(new SocketsHttpHandler { ResponseDrainTimeout = TimeSpan.Zero });
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new EventStreamClient(client, response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>
    /// The next event (heartbeat comments skipped); null when the stream ended. Waiting more than 30 s for one fails the
    /// test (heartbeats alone do not count as progress), so a stream that never sends what a test expects cannot hang it.
    /// </summary>
    public async Task<ServerSentEvent?> NextAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? name = null;
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line["data:".Length..].TrimStart(' '));
            }
            else if (line.Length == 0 && name is not null)
            {
                JsonElement? parsed = data.Length == 0 ? null : JsonDocument.Parse(data.ToString()).RootElement.Clone();
                return new ServerSentEvent(name, parsed);
            }
        }

        return null;
    }

    /// <summary>Every event until the stream ends.</summary>
    public async Task<List<ServerSentEvent>> ReadToEndAsync()
    {
        var events = new List<ServerSentEvent>();
        while (await NextAsync() is { } next)
        {
            events.Add(next);
        }

        return events;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
