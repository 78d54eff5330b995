using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's UniqueInputFieldNamesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly ValidationRuleFactory UniqueInputFieldNames = context => new UniqueInputFieldNamesRule(context);

    [Fact]
    public void Input_object_with_fields()
    {
        ExpectErrors(
            UniqueInputFieldNames,
            TestSchema,
            """
            {
              field(arg: { f: true })
            }
            """);
    }

    [Fact]
    public void Same_input_object_within_two_args()
    {
        ExpectErrors(
            UniqueInputFieldNames,
            TestSchema,
            """
            {
              field(arg1: { f: true }, arg2: { f: true })
            }
            """);
    }

    [Fact]
    public void Multiple_input_object_fields()
    {
        ExpectErrors(
            UniqueInputFieldNames,
            TestSchema,
            """
            {
              field(arg: { f1: "value", f2: "value", f3: "value" })
            }
            """);
    }

    [Fact]
    public void Allows_for_nested_input_objects_with_similar_fields()
    {
        ExpectErrors(
            UniqueInputFieldNames,
            TestSchema,
            """
            {
              field(arg: {
                deep: {
                  deep: {
                    id: 1
                  }
                  id: 1
                }
                id: 1
              })
            }
            """);
    }

    [Fact]
    public void Duplicate_input_object_fields()
    {
        ExpectErrors(
            UniqueInputFieldNames,
            TestSchema,
            """
            {
              field(arg: { f1: "value", f1: "value" })
            }
            """,
            Error("There can be only one input field named \"f1\".", (2, 16), (2, 29)));
    }

    [Fact]
    public void Many_duplicate_input_object_fields()
    {
        ExpectErrors(
            UniqueInputFieldNames,
            TestSchema,
            """
            {
              field(arg: { f1: "value", f1: "value", f1: "value" })
            }
            """,
            Error("There can be only one input field named \"f1\".", (2, 16), (2, 29)),
            Error("There can be only one input field named \"f1\".", (2, 16), (2, 42)));
    }

    [Fact]
    public void Nested_duplicate_input_object_fields()
    {
        ExpectErrors(
            UniqueInputFieldNames,
            TestSchema,
            """
            {
              field(arg: { f1: {f2: "value", f2: "value" }})
            }
            """,
            Error("There can be only one input field named \"f2\".", (2, 21), (2, 34)));
    }
}
