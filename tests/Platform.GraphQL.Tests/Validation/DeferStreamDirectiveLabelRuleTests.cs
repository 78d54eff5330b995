using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.RuleHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The cases of graphql-js's DeferStreamDirectiveLabelRule-test.ts, with the errors graphql-js 17.1.0 reports for them.
/// </summary>
public sealed class DeferStreamDirectiveLabelRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new DeferStreamDirectiveLabelRule(context);

    [Fact]
    public void DeferFragmentsWithNoLabel()
    {
        ExpectValid(
            Rule,
            """
            {
              dog {
                ...dogFragmentA @defer
                ...dogFragmentB @defer
              }
            }
            fragment dogFragmentA on Dog {
              name
            }
            fragment dogFragmentB on Dog {
              nickname
            }
            """);
    }

    [Fact]
    public void DeferFragmentsOneWithLabelOneWithout()
    {
        ExpectValid(
            Rule,
            """
            {
              dog {
                ...dogFragmentA @defer(label: "fragA")
                ...dogFragmentB @defer
              }
            }
            fragment dogFragmentA on Dog {
              name
            }
            fragment dogFragmentB on Dog {
              nickname
            }
            """);
    }

    [Fact]
    public void DeferFragmentWithVariableLabel()
    {
        ExpectErrors(
            Rule,
            """
            query($label: String) {
              dog {
                ...dogFragmentA @defer(label: $label)
                ...dogFragmentB @defer(label: "fragA")
              }
            }
            fragment dogFragmentA on Dog {
              name
            }
            fragment dogFragmentB on Dog {
              nickname
            }
            """,
            Error("Argument \"@defer(label:)\" must be a static string.", (3, 21)));
    }

    [Fact]
    public void DeferFragmentsWithDifferentLabels()
    {
        ExpectValid(
            Rule,
            """
            {
              dog {
                ...dogFragmentA @defer(label: "fragB")
                ...dogFragmentB @defer(label: "fragA")
              }
            }
            fragment dogFragmentA on Dog {
              name
            }
            fragment dogFragmentB on Dog {
              nickname
            }
            """);
    }

    [Fact]
    public void DeferFragmentsWithSameLabel()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog {
                ...dogFragmentA @defer(label: "fragA")
                ...dogFragmentB @defer(label: "fragA")
              }
            }
            fragment dogFragmentA on Dog {
              name
            }
            fragment dogFragmentB on Dog {
              nickname
            }
            """,
            Error("Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.", (3, 21), (4, 21)));
    }

    [Fact]
    public void DeferAndStreamWithNoLabel()
    {
        ExpectValid(
            Rule,
            """
            {
              dog {
                ...dogFragment @defer
              }
              pets @stream(initialCount: 0) @stream {
                name
              }
            }
            fragment dogFragment on Dog {
              name
            }
            """);
    }

    [Fact]
    public void StreamWithVariableLabel()
    {
        ExpectErrors(
            Rule,
            """
            query ($label: String!) {
              dog {
                ...dogFragment @defer
              }
              pets @stream(initialCount: 0) @stream(label: $label) {
                name
              }
            }
            fragment dogFragment on Dog {
              name
            }
            """,
            Error("Argument \"@stream(label:)\" must be a static string.", (5, 33)));
    }

    [Fact]
    public void DeferAndStreamWithTheSameLabel()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog {
                ...dogFragment @defer(label: "MyLabel")
              }
              pets @stream(initialCount: 0) @stream(label: "MyLabel") {
                name
              }
            }
            fragment dogFragment on Dog {
              name
            }
            """,
            Error("Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.", (3, 20), (5, 33)));
    }
}
