using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's NoUnusedFragmentsRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly ValidationRuleFactory NoUnusedFragments = context => new NoUnusedFragmentsRule(context);

    [Fact]
    public void All_fragment_names_are_used()
    {
        ExpectErrors(
            NoUnusedFragments,
            TestSchema,
            """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """);
    }

    [Fact]
    public void All_fragment_names_are_used_by_multiple_operations()
    {
        ExpectErrors(
            NoUnusedFragments,
            TestSchema,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """);
    }

    [Fact]
    public void Contains_unknown_fragments()
    {
        ExpectErrors(
            NoUnusedFragments,
            TestSchema,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
            }
            fragment Unused2 on Human {
              name
            }
            """,
            Error("Fragment \"Unused1\" is never used.", (21, 1)),
            Error("Fragment \"Unused2\" is never used.", (24, 1)));
    }

    [Fact]
    public void Contains_unknown_fragments_with_ref_cycle()
    {
        ExpectErrors(
            NoUnusedFragments,
            TestSchema,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
              ...Unused2
            }
            fragment Unused2 on Human {
              name
              ...Unused1
            }
            """,
            Error("Fragment \"Unused1\" is never used.", (21, 1)),
            Error("Fragment \"Unused2\" is never used.", (25, 1)));
    }

    [Fact]
    public void Contains_unknown_and_undef_fragments()
    {
        ExpectErrors(
            NoUnusedFragments,
            TestSchema,
            """
            query Foo {
              human(id: 4) {
                ...bar
              }
            }
            fragment foo on Human {
              name
            }
            """,
            Error("Fragment \"foo\" is never used.", (6, 1)));
    }
}
