using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's UniqueFragmentNamesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly ValidationRuleFactory UniqueFragmentNames = context => new UniqueFragmentNamesRule(context);

    [Fact]
    public void No_fragments()
    {
        ExpectErrors(
            UniqueFragmentNames,
            TestSchema,
            """
            {
              field
            }
            """);
    }

    [Fact]
    public void One_fragment()
    {
        ExpectErrors(
            UniqueFragmentNames,
            TestSchema,
            """
            {
              ...fragA
            }

            fragment fragA on Type {
              field
            }
            """);
    }

    [Fact]
    public void Many_fragments()
    {
        ExpectErrors(
            UniqueFragmentNames,
            TestSchema,
            """
            {
              ...fragA
              ...fragB
              ...fragC
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragB on Type {
              fieldB
            }
            fragment fragC on Type {
              fieldC
            }
            """);
    }

    [Fact]
    public void Inline_fragments_are_always_unique()
    {
        ExpectErrors(
            UniqueFragmentNames,
            TestSchema,
            """
            {
              ...on Type {
                fieldA
              }
              ...on Type {
                fieldB
              }
            }
            """);
    }

    [Fact]
    public void Fragment_and_operation_named_the_same()
    {
        ExpectErrors(
            UniqueFragmentNames,
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
    public void Fragments_named_the_same()
    {
        ExpectErrors(
            UniqueFragmentNames,
            TestSchema,
            """
            {
              ...fragA
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """,
            Error("There can be only one fragment named \"fragA\".", (4, 10), (7, 10)));
    }

    [Fact]
    public void Fragments_named_the_same_without_being_referenced()
    {
        ExpectErrors(
            UniqueFragmentNames,
            TestSchema,
            """
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """,
            Error("There can be only one fragment named \"fragA\".", (1, 10), (4, 10)));
    }
}
