using System.Text;
using Platform.Gateway.Execution;

namespace Platform.Gateway.Tests.Reading;

/// <summary>How the gateway reads a module's subscription events (graphql-sse) with the same one-pass reader, over real HTTP.</summary>
public sealed class SubgraphEventReadingTests(CannedAnswerServer server) : IClassFixture<CannedAnswerServer>
{
    [Fact]
    public async Task Each_next_event_reads_to_its_result_and_complete_ends_the_stream()
    {
        var events = await ReadAllAsync(
            "event: next\ndata: {\"data\":{\"feed\":{\"__typename\":\"Activity\",\"id\":\"a1\",\"seats\":3}}}\n\n"
            + "event: next\ndata: {\"errors\":[{\"message\":\"late\",\"path\":[\"feed\"]}],\ndata: \"data\":null}\n\n"
            + "event: complete\ndata:\n\n");

        Assert.Equal(2, events.Count);
        var feed = Assert.IsType<Dictionary<string, object?>>(events[0].Data!["feed"]);
        Assert.Equal("Activity", feed["__typename"]);
        Assert.Equal(3, feed["seats"]);
        Assert.Null(events[1].Data);
        Assert.Equal(["feed"], Assert.Single(events[1].Errors).Path!);
    }

    [Theory]
    [InlineData("event: next\ndata: not json\n\n", "an event is not JSON.")]
    [InlineData("event: next\ndata: {\"data\":{\"s\":\"\\udc00\"}}\n\n", "an event is not JSON.")]
    [InlineData("event: next\ndata: {\"data\":7}\n\n", "data is not an object.")]
    [InlineData("event: next\ndata: {\"data\":{\"big\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}}\n\n", "an event is larger than 100 bytes.")]
    public async Task A_next_event_that_is_not_a_result_is_a_failure_naming_the_module(string sse, string reason)
    {
        var events = await ReadAllAsync(sse + "event: complete\ndata:\n\n");

        Assert.Equal($"Module 'canned' answered with an invalid response: {reason}", Assert.Single(events).Failure?.Message);
    }

    private async Task<List<SubgraphResponse>> ReadAllAsync(string sse)
    {
        var response = await server.SendAsync(Encoding.UTF8.GetBytes(sse));
        var body = await response.Content.ReadAsStreamAsync();
        await using var stream = new SubgraphEventStream("canned", response, body, maxEventBytes: 100);
        var results = new List<SubgraphResponse>();
        while (await stream.ReadAsync(CancellationToken.None) is { } result)
        {
            results.Add(result);
        }

        return results;
    }
}
