using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's VariablesInAllowedPositionRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly ValidationRuleFactory VariablesInAllowedPosition = context => new VariablesInAllowedPositionRule(context);

    [Fact]
    public void Boolean_Boolean()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
              }
            }
            """);
    }

    [Fact]
    public void Boolean_Boolean_within_fragment()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $booleanArg)
            }
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            """);
    }

    [Fact]
    public void Boolean_Boolean_within_fragment_2()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $booleanArg)
            }
            """);
    }

    [Fact]
    public void Boolean_Boolean_2()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($nonNullBooleanArg: Boolean!)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $nonNullBooleanArg)
              }
            }
            """);
    }

    [Fact]
    public void Boolean_Boolean_within_fragment_3()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $nonNullBooleanArg)
            }

            query Query($nonNullBooleanArg: Boolean!)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            """);
    }

    [Fact]
    public void String_String()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """);
    }

    [Fact]
    public void String_String_2()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($stringListVar: [String!])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """);
    }

    [Fact]
    public void String_String_in_item_position()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($stringVar: String)
            {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
              }
            }
            """);
    }

    [Fact]
    public void String_String_in_item_position_2()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($stringVar: String!)
            {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
              }
            }
            """);
    }

    [Fact]
    public void ComplexInput_ComplexInput()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($complexVar: ComplexInput)
            {
              complicatedArgs {
                complexArgField(complexArg: $complexVar)
              }
            }
            """);
    }

    [Fact]
    public void ComplexInput_ComplexInput_in_field_position()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($boolVar: Boolean = false)
            {
              complicatedArgs {
                complexArgField(complexArg: {requiredArg: $boolVar})
              }
            }
            """);
    }

    [Fact]
    public void Boolean_Boolean_in_directive()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($boolVar: Boolean!)
            {
              dog @include(if: $boolVar)
            }
            """);
    }

    [Fact]
    public void Int_Int()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($intArg: Int) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));
    }

    [Fact]
    public void Int_Int_within_fragment()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...nonNullIntArgFieldFrag
              }
            }
            """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (5, 13), (2, 37)));
    }

    [Fact]
    public void Int_Int_within_nested_fragment()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            fragment outerFrag on ComplicatedArgs {
              ...nonNullIntArgFieldFrag
            }

            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...outerFrag
              }
            }
            """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (9, 13), (6, 37)));
    }

    [Fact]
    public void String_over_Boolean()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($stringVar: String) {
              complicatedArgs {
                booleanArgField(booleanArg: $stringVar)
              }
            }
            """,
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13), (3, 33)));
    }

    [Fact]
    public void String_String_3()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($stringVar: String) {
              complicatedArgs {
                stringListArgField(stringListArg: $stringVar)
              }
            }
            """,
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (3, 39)));
    }

    [Fact]
    public void Boolean_Boolean_in_directive_2()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($boolVar: Boolean) {
              dog @include(if: $boolVar)
            }
            """,
            Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));
    }

    [Fact]
    public void String_Boolean_in_directive()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($stringVar: String) {
              dog @include(if: $stringVar)
            }
            """,
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));
    }

    [Fact]
    public void String_String_4()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: $stringListVar)
              }
            }
            """,
            Error("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 13), (4, 53)));
    }

    [Fact]
    public void Allows_optional_nullable_variables_with_default_values_Int_Int_fails_when_variable_provides_null_default_value()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($intVar: Int = null) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """,
            Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));
    }

    [Fact]
    public void Allows_optional_nullable_variables_with_default_values_Int_Int_when_variable_provides_non_null_default_value()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($intVar: Int = 1) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """);
    }

    [Fact]
    public void Allows_optional_nullable_variables_with_default_values_Int_Int_when_optional_argument_provides_default_value()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($intVar: Int) {
              complicatedArgs {
                nonNullFieldWithDefault(nonNullIntArg: $intVar)
              }
            }
            """);
    }

    [Fact]
    public void Allows_optional_nullable_variables_with_default_values_Boolean_Boolean_in_directive_with_default_value_with_option()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query Query($boolVar: Boolean = false) {
              dog @include(if: $boolVar)
            }
            """);
    }

    [Fact]
    public void Allows_optional_nullable_variables_with_default_values_undefined_in_directive_with_default_value_with_option()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            {
              dog @include(if: $x)
            }
            """);
    }

    [Fact]
    public void Validates_OneOf_Input_Objects_Allows_exactly_one_non_nullable_variable()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query ($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """);
    }

    [Fact]
    public void Validates_OneOf_Input_Objects_Forbids_one_nullable_variable()
    {
        ExpectErrors(
            VariablesInAllowedPosition,
            TestSchema,
            """
            query ($string: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """,
            Error("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 8), (3, 44)));
    }
}
