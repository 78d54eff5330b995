using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.GraphQL.Federation.Tests;

/// <summary>ftv1: a router's trace request header gets a federated trace, checked with Apollo's own protobuf decoder.</summary>
public sealed class FederatedTraceTests
{
    [Fact]
    public async Task The_trace_header_adds_an_ftv1_trace_with_timing_and_errors_by_path()
    {
        await using var host = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "{ ok broken: failing }" }),
        };
        request.Headers.Add("apollo-federation-include-trace", "ftv1");

        using var response = await host.Client.SendAsync(request);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var trace = await CompatibilitySuite.RunJsonAsync("decode-trace.mjs", result.GetProperty("extensions").GetProperty("ftv1").GetString()!);

        Assert.Equal("yes", result.GetProperty("data").GetProperty("ok").GetString());
        Assert.True(trace.GetProperty("durationNs").GetInt64() > 0);
        var start = trace.GetProperty("startTime").GetProperty("seconds").GetInt64();
        Assert.InRange(start, DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.True(trace.GetProperty("endTime").GetProperty("seconds").GetInt64() >= start);
        var failing = trace.GetProperty("root").GetProperty("child")[0];
        Assert.Equal("broken", failing.GetProperty("responseName").GetString());
        Assert.Equal("disk on fire", failing.GetProperty("error")[0].GetProperty("message").GetString());
        Assert.Equal(1, failing.GetProperty("error")[0].GetProperty("location")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Without_the_header_there_is_no_trace()
    {
        await using var host = await StartAsync();

        var result = await host.QueryAsync("{ ok }");

        Assert.False(result.TryGetProperty("extensions", out _));
    }

    private static Task<SubgraphHost> StartAsync() =>
        SubgraphHost.StartAsync(graphQL => graphQL
            .AddDocumentFromString("type Query { ok: String failing: String }")
            .AddResolver("Query", "ok", _ => "yes")
            .AddResolver("Query", "failing", _ => throw new GraphQLError("disk on fire"))
            .AddFederation());
}
