using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's LoneAnonymousOperationRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly ValidationRuleFactory LoneAnonymousOperation = context => new LoneAnonymousOperationRule(context);

    [Fact]
    public void No_operations()
    {
        ExpectErrors(
            LoneAnonymousOperation,
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
            LoneAnonymousOperation,
            TestSchema,
            """
            {
              field
            }
            """);
    }

    [Fact]
    public void Multiple_named_operations()
    {
        ExpectErrors(
            LoneAnonymousOperation,
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
    public void Anon_operation_with_fragment()
    {
        ExpectErrors(
            LoneAnonymousOperation,
            TestSchema,
            """
            {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """);
    }

    [Fact]
    public void Multiple_anon_operations()
    {
        ExpectErrors(
            LoneAnonymousOperation,
            TestSchema,
            """
            {
              fieldA
            }
            {
              fieldB
            }
            """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)),
            Error("This anonymous operation must be the only defined operation.", (4, 1)));
    }

    [Fact]
    public void Anon_operation_with_a_mutation()
    {
        ExpectErrors(
            LoneAnonymousOperation,
            TestSchema,
            """
            {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)));
    }

    [Fact]
    public void Anon_operation_with_a_subscription()
    {
        ExpectErrors(
            LoneAnonymousOperation,
            TestSchema,
            """
            {
              fieldA
            }
            subscription Foo {
              fieldB
            }
            """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)));
    }
}
