using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.AspNetCore.Execution;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.AspNetCore.Tests;

public sealed class OperationExecutorTests
{
    [Fact]
    public async Task A_plugged_in_executor_gets_each_operation_with_the_servers_options_and_its_result_is_served()
    {
        var seen = new SeenOperations();
        await using var host = await TestServerHost.StartAsync(graphQL =>
        {
            graphQL.Services.AddSingleton(seen);
            graphQL.UseOperationExecutor<EchoExecutor>().ModifyOptions(options => options.EnableIntrospection = false);
        });

        using var response = await host.PostQueryAsync("query Q($n: Int) { hello }", variables: new { n = 3 });
        var body = await TestServerHost.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: query Q($n: Int) { hello }", body.GetProperty("data").GetProperty("echo").GetString());
        var operation = Assert.Single(seen.Operations);
        Assert.Equal(3, Convert.ToInt32(operation.Variables!["n"]));
        Assert.NotNull(operation.HttpContext);
        Assert.Equal(SpecifiedRules.All.Count + 1, operation.Options.ValidationRules!.Count);
    }

    [Fact]
    public async Task Subscriptions_are_refused_when_an_executor_is_plugged_in()
    {
        await using var host = await TestServerHost.StartAsync(graphQL =>
            graphQL.Services.AddSingleton(new SeenOperations()).AddGraphQLServer().UseOperationExecutor<EchoExecutor>());

        using var response = await host.PostQueryAsync("subscription { counter(to: 2) }", accept: "text/event-stream");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains(ServerErrors.SubscriptionsNotSupportedCode, text);
    }

    private sealed class SeenOperations
    {
        public List<GraphQLOperationRequest> Operations { get; } = [];
    }

    private sealed class EchoExecutor(SeenOperations seen) : IGraphQLOperationExecutor
    {
        public Task<ExecutionResult> ExecuteAsync(GraphQLOperationRequest request, CancellationToken cancellationToken)
        {
            lock (seen.Operations)
            {
                seen.Operations.Add(request);
            }

            return Task.FromResult(new ExecutionResult
            {
                HasData = true,
                Data = new Dictionary<string, object?> { ["echo"] = "echo: " + request.Query },
            });
        }
    }
}
