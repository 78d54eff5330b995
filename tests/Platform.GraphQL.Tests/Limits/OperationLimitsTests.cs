using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Limits;

namespace Platform.GraphQL.Tests.Limits;

public class OperationLimitsTests
{
    [Fact]
    public void The_defaults_are_safe_and_every_limit_is_on()
    {
        var limits = OperationLimits.Default;
        Assert.Equal((15, 30, 20, 5_000L, 10), (limits.MaxDepth, limits.MaxAliases, limits.MaxRootFields, limits.MaxCost, limits.DefaultListSize));
        Assert.Equal(TimeSpan.FromSeconds(30), limits.ExecutionTimeout);
        Assert.Equal(4, limits.CreateRules().Count);
    }

    [Fact]
    public void A_limit_set_to_null_is_off_and_the_specified_rules_stay_as_graphql_js_has_them()
    {
        var rules = (OperationLimits.Default with { MaxDepth = null, MaxCost = null }).CreateRules();
        Assert.Equal(2, rules.Count);
        Assert.Equal(32, SpecifiedRules.All.Count);
    }

    [Fact]
    public async Task A_breach_through_the_request_runner_answers_an_error_with_its_code_and_no_data()
    {
        var options = new RequestOptions { Limits = OperationLimits.Default with { MaxDepth = 2 } };
        var result = await RequestRunner.RunAsync(LimitsSchema.Schema, "{ user { best { id } } }", options);
        Assert.Equal(
            """{"errors":[{"message":"The anonymous operation has a depth of 3, which exceeds the maximum depth of 2.","locations":[{"line":1,"column":1}],"extensions":{"code":"MAX_DEPTH_EXCEEDED"}}]}""",
            LimitsSchema.Json(result));
    }

    [Fact]
    public async Task The_request_runner_passes_its_variables_to_the_cost_estimate()
    {
        var options = new RequestOptions { Limits = OperationLimits.Default with { MaxCost = 100 } };
        var variables = new Dictionary<string, object?> { ["n"] = 1_000 };
        var result = await RequestRunner.RunAsync(LimitsSchema.Schema, "query ($n: Int) { users(first: $n) { id } }", options, variables);
        Assert.Equal(LimitErrors.MaxCostExceeded, Assert.Single(result.Errors!).Extensions!["code"]);
    }

    [Fact]
    public async Task The_full_introspection_query_passes_the_default_limits()
    {
        var options = new RequestOptions { Limits = OperationLimits.Default };
        var result = await RequestRunner.RunAsync(LimitsSchema.Schema, IntrospectionQuery.Build(), options);
        Assert.Null(result.Errors is { Count: > 0 } errors ? errors[0].Message : null);
    }

    [Fact]
    public async Task Rules_given_in_the_options_replace_the_specified_ones()
    {
        var options = new RequestOptions { ValidationRules = [context => new MaxRootFieldsRule(context, 1)] };
        var result = await RequestRunner.RunAsync(LimitsSchema.Schema, "{ hello nope }", options);
        Assert.Equal(LimitErrors.MaxRootFieldsExceeded, Assert.Single(result.Errors!).Extensions!["code"]);
    }
}
