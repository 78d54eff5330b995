using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Limits;

namespace Platform.GraphQL.Tests.Limits;

public class MaxCostRuleTests
{
    [Theory]
    [InlineData("{ hello a }", 2)]
    [InlineData("{ users(first: 3) { friends(first: 2) { name } } }", 10)] // users 1 + 3 × (friends 1 + 2 × name 1)
    [InlineData("{ users(last: 4) { name } }", 5)]
    [InlineData("{ users(limit: 6) { name id } }", 13)]
    [InlineData("{ users(first: 2, last: 5) { name } }", 6)]
    [InlineData("{ users { name } }", 11)] // no page size: the default list size, 10
    [InlineData("{ search { name } }", 6)] // the schema's default, first: Int = 5
    [InlineData("{ user { best { friends(first: 0) { name } } } }", 3)]
    [InlineData("{ users(first: 3) { ...U } } fragment U on User { name ... on User { id } }", 7)]
    [InlineData("{ __schema { types { fields { name } } } }", 1)]
    public void Estimates_each_field_and_multiplies_list_fields_by_their_page_size(string query, long cost)
    {
        Assert.Empty(LimitsSchema.Validate(query, Rule(cost)));
        Assert.Equal(
            [$"The anonymous operation has an estimated cost of {cost}, which exceeds the maximum cost of {cost - 1}. [MAX_COST_EXCEEDED]"],
            LimitsSchema.Validate(query, Rule(cost - 1)));
    }

    [Fact]
    public void Page_sizes_sent_as_variables_count()
    {
        const string query = "query Page($n: Int) { users(first: $n) { name } }";
        var variables = new Dictionary<string, object?> { ["n"] = 50 };
        Assert.Empty(LimitsSchema.Validate(query, Rule(51, variables: variables)));
        Assert.Equal(
            ["Operation \"Page\" has an estimated cost of 51, which exceeds the maximum cost of 50. [MAX_COST_EXCEEDED]"],
            LimitsSchema.Validate(query, Rule(50, variables: variables)));
    }

    [Fact]
    public void A_variable_not_sent_counts_as_its_default_or_else_the_default_list_size()
    {
        Assert.Single(LimitsSchema.Validate("query ($n: Int = 7) { users(first: $n) { name } }", Rule(7)));
        Assert.Empty(LimitsSchema.Validate("query ($n: Int = 7) { users(first: $n) { name } }", Rule(8)));
        Assert.Single(LimitsSchema.Validate("query ($n: Int) { users(first: $n) { name } }", Rule(10)));
        Assert.Empty(LimitsSchema.Validate("query ($n: Int) { users(first: $n) { name } }", Rule(11)));
    }

    [Fact]
    public void Field_weights_and_the_default_list_size_are_configurable()
    {
        var settings = OperationLimits.Default with
        {
            DefaultListSize = 2,
            FieldCosts = new Dictionary<string, int> { ["Query.users"] = 100, ["User.name"] = 5 },
        };
        Assert.Empty(LimitsSchema.Validate("{ users { name } }", Rule(110, settings)));
        Assert.Single(LimitsSchema.Validate("{ users { name } }", Rule(109, settings)));
    }

    [Fact]
    public void Huge_page_sizes_saturate_instead_of_overflowing()
    {
        var error = Assert.Single(LimitsSchema.Validate(
            "{ users(first: 99999999999999999999) { friends(first: 2147483647) { friends(first: 2147483647) { name } } } }",
            Rule(5_000)));
        Assert.Contains($"cost of {long.MaxValue}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cyclic_fragments_end() =>
        Assert.Empty(LimitsSchema.Validate(
            "{ users(first: 1) { ...A } } fragment A on User { best { ...B } } fragment B on User { best { ...A } }", Rule(3)));

    private static ValidationRuleFactory Rule(
        long maximum, OperationLimits? settings = null, IReadOnlyDictionary<string, object?>? variables = null) =>
        context => new MaxCostRule(context, maximum, settings, variables);
}
