using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.RuleHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The cases of graphql-js's StreamDirectiveOnListFieldRule-test.ts, with the errors graphql-js 17.1.0 reports for them.
/// </summary>
public sealed class StreamDirectiveOnListFieldRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new StreamDirectiveOnListFieldRule(context);

    [Fact]
    public void StreamOnListField()
    {
        ExpectValid(
            Rule,
            """
            fragment objectFieldSelection on Human {
              pets @stream(initialCount: 0) {
                name
              }
            }
            """);
    }

    [Fact]
    public void StreamOnNonNullListField()
    {
        ExpectValid(
            Rule,
            """
            fragment objectFieldSelection on Human {
              relatives @stream(initialCount: 0) {
                name
              }
            }
            """);
    }

    [Fact]
    public void DoesnTValidateOtherDirectivesOnListFields()
    {
        ExpectValid(
            Rule,
            """
            fragment objectFieldSelection on Human {
              pets @include(if: true) {
                name
              }
            }
            """);
    }

    [Fact]
    public void DoesnTValidateOtherDirectivesOnNonListFields()
    {
        ExpectValid(
            Rule,
            """
            fragment objectFieldSelection on Human {
              pets {
                name @include(if: true)
              }
            }
            """);
    }

    [Fact]
    public void DoesnTValidateMisplacedStreamDirectives()
    {
        ExpectValid(
            Rule,
            """
            fragment objectFieldSelection on Human {
              ... @stream(initialCount: 0) {
                name
              }
            }
            """);
    }

    [Fact]
    public void ReportsErrorsWhenStreamIsUsedOnNonListField()
    {
        ExpectErrors(
            Rule,
            """
            fragment objectFieldSelection on Human {
              name @stream(initialCount: 0)
            }
            """,
            Error("Directive \"@stream\" cannot be used on non-list field \"Human.name\".", (2, 8)));
    }
}
