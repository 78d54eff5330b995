using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's KnownFragmentNamesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class KnownFragmentNamesRuleTests
{
    private static readonly ValidationRuleFactory KnownFragmentNames = context => new KnownFragmentNamesRule(context);

    [Fact]
    public void Known_fragment_names_are_valid()
    {
        ExpectErrors(
            KnownFragmentNames,
            TestSchema,
            """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
                ... {
                  name
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
    public void Unknown_fragment_names_are_invalid()
    {
        ExpectErrors(
            KnownFragmentNames,
            TestSchema,
            """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """,
            Error("Unknown fragment \"UnknownFragment1\".", (3, 8)),
            Error("Unknown fragment \"UnknownFragment2\".", (5, 10)),
            Error("Unknown fragment \"UnknownFragment3\".", (11, 6)));
    }
}
