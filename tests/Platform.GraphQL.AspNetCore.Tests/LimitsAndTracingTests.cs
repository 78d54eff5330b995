using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Diagnostics;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation.Limits;
using static Platform.GraphQL.AspNetCore.Tests.TestServerHost;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>The engine's operation limits and tracing, as the endpoint applies them.</summary>
public sealed class LimitsAndTracingTests
{
    private static readonly string DeepQuery = "{ node " + string.Concat(Enumerable.Repeat("{ child ", 20)) + "{ id }" + new string('}', 20) + " }";

    private static Action<GraphQLServerBuilder> WithNodes(Action<GraphQLServerOptions>? options = null) => graphQL =>
    {
        graphQL.AddDocumentFromString("extend type Query { node: Node } type Node { id: Int child: Node }");
        if (options is not null)
        {
            graphQL.ModifyOptions(options);
        }
    };

    [Fact]
    public async Task The_default_limits_refuse_a_too_deep_operation()
    {
        await using var host = await StartAsync(WithNodes());

        using var response = await host.PostQueryAsync(DeepQuery, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(LimitErrors.MaxDepthExceeded, await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task Limits_can_be_switched_off()
    {
        await using var host = await StartAsync(WithNodes(o => o.Limits = null));

        using var response = await host.PostQueryAsync(DeepQuery, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_subscription_is_held_to_the_limits_too()
    {
        await using var host = await StartAsync(graphQL => graphQL.ModifyOptions(o => o.Limits = new OperationLimits { MaxAliases = 0 }));
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"subscription { c: counter(to: 1) }"}""", System.Text.Encoding.UTF8, "application/json"),
            Headers = { { "Accept", "text/event-stream" } },
        };

        using var response = await host.Client.SendAsync(request);

        Assert.Contains(LimitErrors.MaxAliasesExceeded, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_execution_over_the_timeout_answers_an_execution_timeout_error()
    {
        await using var host = await StartAsync(graphQL => graphQL.ModifyOptions(o =>
            o.Limits = OperationLimits.Default with { ExecutionTimeout = TimeSpan.FromMilliseconds(50) }));

        using var response = await host.PostQueryAsync("{ wait }", GraphQLResponseJson);

        Assert.Equal(LimitErrors.ExecutionTimeout, await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task The_full_introspection_query_passes_the_default_limits()
    {
        await using var host = await StartAsync();
        var query = IntrospectionQuery.Build(new IntrospectionQueryOptions(true, true, true, true, true, true));

        using var response = await host.PostQueryAsync(query, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await JsonAsync(response)).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task A_request_is_traced_with_parse_validate_and_execute_spans()
    {
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLDiagnostics.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var host = await StartAsync();

        using var response = await host.PostQueryAsync("query TracedByTheEndpoint { hello }");

        var request = activities.Single(a => a.OperationName == GraphQLDiagnostics.RequestActivity
            && (string?)a.GetTagItem(GraphQLDiagnostics.OperationNameTag) == "TracedByTheEndpoint");
        var children = activities.Where(a => a.ParentSpanId == request.SpanId).Select(a => a.OperationName).ToList();
        Assert.Equal([GraphQLDiagnostics.ParseActivity, GraphQLDiagnostics.ValidateActivity, GraphQLDiagnostics.ExecuteActivity], children);
    }
}
