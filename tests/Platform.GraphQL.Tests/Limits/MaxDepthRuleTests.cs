using System.Text;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Limits;

namespace Platform.GraphQL.Tests.Limits;

public class MaxDepthRuleTests
{
    private const string DepthFour = "query Deep { user { best { best { name } } } }";

    [Theory]
    [InlineData(5)]
    [InlineData(4)]
    public void An_operation_within_the_depth_passes(int maximum) =>
        Assert.Empty(LimitsSchema.Validate(DepthFour, Rule(maximum)));

    [Fact]
    public void An_operation_deeper_than_the_maximum_is_refused_with_its_depth()
    {
        var errors = LimitsSchema.Validate(DepthFour, Rule(3));
        Assert.Equal(["Operation \"Deep\" has a depth of 4, which exceeds the maximum depth of 3. [MAX_DEPTH_EXCEEDED]"], errors);
    }

    [Fact]
    public void Fragments_and_inline_fragments_add_their_depth()
    {
        const string query = "{ user { ...F } } fragment F on User { best { ... on User { best { id } } } }";
        Assert.Empty(LimitsSchema.Validate(query, Rule(4)));
        Assert.Equal(
            ["The anonymous operation has a depth of 4, which exceeds the maximum depth of 3. [MAX_DEPTH_EXCEEDED]"],
            LimitsSchema.Validate(query, Rule(3)));
    }

    [Fact]
    public void Introspection_fields_count()
    {
        Assert.Single(LimitsSchema.Validate("{ user { best { __typename } } }", Rule(2)));
        Assert.Single(LimitsSchema.Validate("{ __schema { types { fields { name } } } }", Rule(3)));
    }

    [Fact]
    public void Each_operation_is_measured_on_its_own()
    {
        var errors = LimitsSchema.Validate("query A { hello } query B { user { best { id } } }", Rule(2));
        Assert.Equal(["Operation \"B\" has a depth of 3, which exceeds the maximum depth of 2. [MAX_DEPTH_EXCEEDED]"], errors);
    }

    [Fact]
    public void Cyclic_fragments_end_and_the_cycle_is_reported_by_its_own_rule()
    {
        const string query = "{ user { ...A } } fragment A on User { best { ...B } } fragment B on User { best { ...A } }";
        Assert.Empty(LimitsSchema.Validate(query, Rule(3)));

        var errors = Validator.Validate(LimitsSchema.Schema, Platform.GraphQL.Language.Parser.Parse(query), [.. SpecifiedRules.All, Rule(3)]);
        Assert.Contains(errors, error => error.Message.StartsWith("Cannot spread fragment", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chain_of_thousands_of_fragments_is_measured_without_overflowing_the_stack()
    {
        const int length = 5_000;
        var query = new StringBuilder("{ user { ...F0 } }");
        for (var i = 0; i < length; i++)
        {
            query.Append($" fragment F{i} on User {{ best {{ {(i + 1 < length ? $"...F{i + 1}" : "id")} }} }}");
        }

        var errors = LimitsSchema.Validate(query.ToString(), Rule(15));
        Assert.Equal(
            [$"The anonymous operation has a depth of {length + 2}, which exceeds the maximum depth of 15. [MAX_DEPTH_EXCEEDED]"],
            errors);
    }

    private static ValidationRuleFactory Rule(int maximum) => context => new MaxDepthRule(context, maximum);
}
