using System.Text;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Limits;

namespace Platform.GraphQL.Tests.Limits;

public class MaxAliasesRuleTests
{
    private const string ThreeAliases = "{ x: hello y: hello user { z: name id } }";

    [Theory]
    [InlineData(4)]
    [InlineData(3)]
    public void An_operation_within_the_alias_count_passes(int maximum) =>
        Assert.Empty(LimitsSchema.Validate(ThreeAliases, Rule(maximum)));

    [Fact]
    public void More_aliases_than_the_maximum_are_refused() =>
        Assert.Equal(
            ["The anonymous operation has 3 aliases, which exceeds the maximum of 2 aliases. [MAX_ALIASES_EXCEEDED]"],
            LimitsSchema.Validate(ThreeAliases, Rule(2)));

    [Fact]
    public void Aliases_in_fragments_count_at_every_spread()
    {
        const string query = "{ user { ...F best { ...F } } } fragment F on User { n1: name n2: name }";
        Assert.Empty(LimitsSchema.Validate(query, Rule(4)));
        Assert.Single(LimitsSchema.Validate(query, Rule(3)));
    }

    [Fact]
    public void Fragments_that_double_at_every_level_are_counted_without_blowing_up()
    {
        const int levels = 80;
        var query = new StringBuilder("{ user { ...F0 } }");
        for (var i = 0; i < levels; i++)
        {
            var inner = i + 1 < levels ? $"{{ ...F{i + 1} }}" : "{ id }";
            query.Append($" fragment F{i} on User {{ l: best {inner} r: best {inner} }}");
        }

        var error = Assert.Single(LimitsSchema.Validate(query.ToString(), Rule(30)));
        Assert.StartsWith($"The anonymous operation has {long.MaxValue} aliases", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cyclic_fragments_end() =>
        Assert.Single(LimitsSchema.Validate(
            "{ user { ...A } } fragment A on User { a: best { ...B } } fragment B on User { b: best { ...A } }", Rule(1)));

    private static ValidationRuleFactory Rule(int maximum) => context => new MaxAliasesRule(context, maximum);
}
