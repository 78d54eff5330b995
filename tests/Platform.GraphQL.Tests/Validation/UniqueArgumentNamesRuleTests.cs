using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's UniqueArgumentNamesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly ValidationRuleFactory UniqueArgumentNames = context => new UniqueArgumentNamesRule(context);

    [Fact]
    public void No_arguments_on_field()
    {
        ExpectErrors(
            UniqueArgumentNames,
            TestSchema,
            """
            {
              field
            }
            """);
    }

    [Fact]
    public void No_arguments_on_directive()
    {
        ExpectErrors(
            UniqueArgumentNames,
            TestSchema,
            """
            {
              field @directive
            }
            """);
    }

    [Fact]
    public void Argument_on_field()
    {
        ExpectErrors(
            UniqueArgumentNames,
            TestSchema,
            """
            {
              field(arg: "value")
            }
            """);
    }

    [Fact]
    public void Argument_on_directive()
    {
        ExpectErrors(
            UniqueArgumentNames,
            TestSchema,
            """
            {
              field @directive(arg: "value")
            }
            """);
    }

    [Fact]
    public void Same_argument_on_two_fields()
    {
        ExpectErrors(
            UniqueArgumentNames,
            TestSchema,
            """
            {
              one: field(arg: "value")
              two: field(arg: "value")
            }
            """);
    }

    [Fact]
    public void Same_argument_on_field_and_directive()
    {
        ExpectErrors(
            UniqueArgumentNames,
            TestSchema,
            """
            {
              field(arg: "value") @directive(arg: "value")
            }
            """);
    }

    [Fact]
    public void Same_argument_on_two_directives()
    {
        ExpectErrors(
            UniqueArgumentNames,
            TestSchema,
            """
            {
              field @directive1(arg: "value") @directive2(arg: "value")
            }
            """);
    }

    [Fact]
    public void Multiple_field_arguments()
    {
        ExpectErrors(
            UniqueArgumentNames,
            TestSchema,
            """
            {
              field(arg1: "value", arg2: "value", arg3: "value")
            }
            """);
    }

    [Fact]
    public void Multiple_directive_arguments()
    {
        ExpectErrors(
            UniqueArgumentNames,
            TestSchema,
            """
            {
              field @directive(arg1: "value", arg2: "value", arg3: "value")
            }
            """);
    }

    [Fact]
    public void Duplicate_field_arguments()
    {
        ExpectErrors(
            UniqueArgumentNames,
            TestSchema,
            """
            {
              field(arg1: "value", arg1: "value")
            }
            """,
            Error("There can be only one argument named \"arg1\".", (2, 9), (2, 24)));
    }

    [Fact]
    public void Many_duplicate_field_arguments()
    {
        ExpectErrors(
            UniqueArgumentNames,
            TestSchema,
            """
            {
              field(arg1: "value", arg1: "value", arg1: "value")
            }
            """,
            Error("There can be only one argument named \"arg1\".", (2, 9), (2, 24), (2, 39)));
    }

    [Fact]
    public void Duplicate_directive_arguments()
    {
        ExpectErrors(
            UniqueArgumentNames,
            TestSchema,
            """
            {
              field @directive(arg1: "value", arg1: "value")
            }
            """,
            Error("There can be only one argument named \"arg1\".", (2, 20), (2, 35)));
    }

    [Fact]
    public void Many_duplicate_directive_arguments()
    {
        ExpectErrors(
            UniqueArgumentNames,
            TestSchema,
            """
            {
              field @directive(arg1: "value", arg1: "value", arg1: "value")
            }
            """,
            Error("There can be only one argument named \"arg1\".", (2, 20), (2, 35), (2, 50)));
    }
}
