using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Limits;

namespace Platform.GraphQL.Tests.Limits;

public class MaxRootFieldsRuleTests
{
    private const string ThreeRootFields = "query Q { hello a user { id name best { id } } }";

    [Theory]
    [InlineData(4)]
    [InlineData(3)]
    public void An_operation_within_the_root_field_count_passes(int maximum) =>
        Assert.Empty(LimitsSchema.Validate(ThreeRootFields, Rule(maximum)));

    [Fact]
    public void More_root_fields_than_the_maximum_are_refused() =>
        Assert.Equal(
            ["Operation \"Q\" selects 3 root fields, which exceeds the maximum of 2 root fields. [MAX_ROOT_FIELDS_EXCEEDED]"],
            LimitsSchema.Validate(ThreeRootFields, Rule(2)));

    [Fact]
    public void Root_fields_in_fragments_count_and_repeated_keys_count_once()
    {
        const string query = "{ hello hello x: hello ...R ... on Query { a } } fragment R on Query { user { id } ...R2 } fragment R2 on Query { a hello }";
        Assert.Empty(LimitsSchema.Validate(query, Rule(4)));
        Assert.Single(LimitsSchema.Validate(query, Rule(3)));
    }

    [Fact]
    public void Cyclic_fragments_end() =>
        Assert.Single(LimitsSchema.Validate(
            "{ ...A } fragment A on Query { hello ...B } fragment B on Query { a ...A }", Rule(1)));

    private static ValidationRuleFactory Rule(int maximum) => context => new MaxRootFieldsRule(context, maximum);
}
