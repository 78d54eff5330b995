using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation.Limits;

namespace Platform.GraphQL.Tests.Limits;

public class ExecutionTimeoutTests
{
    private static readonly Schema Schema = CreateSchema();

    [Theory]
    [InlineData("{ slow }")]
    [InlineData("{ stuck }")]
    public async Task A_resolver_that_never_finishes_ends_in_the_timeout_error(string query)
    {
        var result = await RequestRunner.RunAsync(Schema, query, new RequestOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });
        Assert.Equal(
            """{"errors":[{"message":"Execution timed out after 50 ms.","extensions":{"code":"EXECUTION_TIMEOUT"}}]}""",
            LimitsSchema.Json(result));
    }

    [Fact]
    public async Task The_limits_timeout_applies_when_no_timeout_of_its_own_is_given()
    {
        var options = new RequestOptions { Limits = OperationLimits.Default with { ExecutionTimeout = TimeSpan.FromMilliseconds(20) } };
        var result = await RequestRunner.RunAsync(Schema, "{ slow }", options);
        Assert.Equal(LimitErrors.ExecutionTimeout, Assert.Single(result.Errors!).Extensions!["code"]);
    }

    [Fact]
    public async Task A_request_within_its_time_runs_normally()
    {
        var result = await RequestRunner.RunAsync(Schema, "{ hello }", new RequestOptions { ExecutionTimeout = TimeSpan.FromMinutes(5) });
        Assert.Equal("""{"data":{"hello":"hi"}}""", LimitsSchema.Json(result));
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_reported_as_a_timeout()
    {
        using var caller = new CancellationTokenSource();
        var running = RequestRunner.RunAsync(
            Schema, "{ slow }", new RequestOptions { ExecutionTimeout = TimeSpan.FromMinutes(5) }, cancellationToken: caller.Token);
        await caller.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    private static Schema CreateSchema()
    {
        var schema = SchemaBuilder.Build(LimitsSchema.Sdl);
        var query = (ObjectType)schema.QueryType!;
        query.Fields["hello"].Resolver = _ => "hi";
        query.Fields["slow"].Resolver = context => NeverAsync(context.CancellationToken);
        query.Fields["stuck"].Resolver = _ => new TaskCompletionSource<string>().Task; // ignores the token entirely
        return schema;
    }

    private static async Task<string> NeverAsync(CancellationToken cancellationToken)
    {
        await new TaskCompletionSource().Task.WaitAsync(cancellationToken);
        return "never";
    }
}
