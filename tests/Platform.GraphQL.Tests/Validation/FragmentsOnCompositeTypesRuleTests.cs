using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's FragmentsOnCompositeTypesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly ValidationRuleFactory FragmentsOnCompositeTypes = context => new FragmentsOnCompositeTypesRule(context);

    [Fact]
    public void Object_is_valid_fragment_type()
    {
        ExpectErrors(
            FragmentsOnCompositeTypes,
            TestSchema,
            """
            fragment validFragment on Dog {
              barks
            }
            """);
    }

    [Fact]
    public void Interface_is_valid_fragment_type()
    {
        ExpectErrors(
            FragmentsOnCompositeTypes,
            TestSchema,
            """
            fragment validFragment on Pet {
              name
            }
            """);
    }

    [Fact]
    public void Object_is_valid_inline_fragment_type()
    {
        ExpectErrors(
            FragmentsOnCompositeTypes,
            TestSchema,
            """
            fragment validFragment on Pet {
              ... on Dog {
                barks
              }
            }
            """);
    }

    [Fact]
    public void Interface_is_valid_inline_fragment_type()
    {
        ExpectErrors(
            FragmentsOnCompositeTypes,
            TestSchema,
            """
            fragment validFragment on Mammal {
              ... on Canine {
                name
              }
            }
            """);
    }

    [Fact]
    public void Inline_fragment_without_type_is_valid()
    {
        ExpectErrors(
            FragmentsOnCompositeTypes,
            TestSchema,
            """
            fragment validFragment on Pet {
              ... {
                name
              }
            }
            """);
    }

    [Fact]
    public void Union_is_valid_fragment_type()
    {
        ExpectErrors(
            FragmentsOnCompositeTypes,
            TestSchema,
            """
            fragment validFragment on CatOrDog {
              __typename
            }
            """);
    }

    [Fact]
    public void Scalar_is_invalid_fragment_type()
    {
        ExpectErrors(
            FragmentsOnCompositeTypes,
            TestSchema,
            """
            fragment scalarFragment on Boolean {
              bad
            }
            """,
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));
    }

    [Fact]
    public void Enum_is_invalid_fragment_type()
    {
        ExpectErrors(
            FragmentsOnCompositeTypes,
            TestSchema,
            """
            fragment scalarFragment on FurColor {
              bad
            }
            """,
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)));
    }

    [Fact]
    public void Input_object_is_invalid_fragment_type()
    {
        ExpectErrors(
            FragmentsOnCompositeTypes,
            TestSchema,
            """
            fragment inputFragment on ComplexInput {
              stringField
            }
            """,
            Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));
    }

    [Fact]
    public void Scalar_is_invalid_inline_fragment_type()
    {
        ExpectErrors(
            FragmentsOnCompositeTypes,
            TestSchema,
            """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """,
            Error("Fragment cannot condition on non composite type \"String\".", (2, 10)));
    }
}
