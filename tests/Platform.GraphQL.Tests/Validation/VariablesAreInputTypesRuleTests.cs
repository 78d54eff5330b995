using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's VariablesAreInputTypesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly ValidationRuleFactory VariablesAreInputTypes = context => new VariablesAreInputTypesRule(context);

    [Fact]
    public void Output_types_are_invalid()
    {
        ExpectErrors(
            VariablesAreInputTypes,
            TestSchema,
            """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
            Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
            Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
    }

    [Fact]
    public void Unknown_types_are_ignored()
    {
        ExpectErrors(
            VariablesAreInputTypes,
            TestSchema,
            """
            query Foo($a: Unknown, $b: [[Unknown!]]!) {
              field(a: $a, b: $b)
            }
            """);
    }

    [Fact]
    public void Input_types_are_valid()
    {
        ExpectErrors(
            VariablesAreInputTypes,
            TestSchema,
            """
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
              field(a: $a, b: $b, c: $c)
            }
            """);
    }
}
