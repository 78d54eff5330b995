using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's UniqueOperationNamesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class UniqueOperationNamesRuleTests
{
    private static readonly ValidationRuleFactory UniqueOperationNames = context => new UniqueOperationNamesRule(context);

    [Fact]
    public void No_operations()
    {
        ExpectErrors(
            UniqueOperationNames,
            TestSchema,
            """
            fragment fragA on Type {
              field
            }
            """);
    }

    [Fact]
    public void One_anon_operation()
    {
        ExpectErrors(
            UniqueOperationNames,
            TestSchema,
            """
            {
              field
            }
            """);
    }

    [Fact]
    public void One_named_operation()
    {
        ExpectErrors(
            UniqueOperationNames,
            TestSchema,
            """
            query Foo {
              field
            }
            """);
    }

    [Fact]
    public void Multiple_operations()
    {
        ExpectErrors(
            UniqueOperationNames,
            TestSchema,
            """
            query Foo {
              field
            }

            query Bar {
              field
            }
            """);
    }

    [Fact]
    public void Multiple_operations_of_different_types()
    {
        ExpectErrors(
            UniqueOperationNames,
            TestSchema,
            """
            query Foo {
              field
            }

            mutation Bar {
              field
            }

            subscription Baz {
              field
            }
            """);
    }

    [Fact]
    public void Fragment_and_operation_named_the_same()
    {
        ExpectErrors(
            UniqueOperationNames,
            TestSchema,
            """
            query Foo {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """);
    }

    [Fact]
    public void Multiple_operations_of_same_name()
    {
        ExpectErrors(
            UniqueOperationNames,
            TestSchema,
            """
            query Foo {
              fieldA
            }
            query Foo {
              fieldB
            }
            """,
            Error("There can be only one operation named \"Foo\".", (1, 7), (4, 7)));
    }

    [Fact]
    public void Multiple_ops_of_same_name_of_different_types_mutation()
    {
        ExpectErrors(
            UniqueOperationNames,
            TestSchema,
            """
            query Foo {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """,
            Error("There can be only one operation named \"Foo\".", (1, 7), (4, 10)));
    }

    [Fact]
    public void Multiple_ops_of_same_name_of_different_types_subscription()
    {
        ExpectErrors(
            UniqueOperationNames,
            TestSchema,
            """
            query Foo {
              fieldA
            }
            subscription Foo {
              fieldB
            }
            """,
            Error("There can be only one operation named \"Foo\".", (1, 7), (4, 14)));
    }
}
