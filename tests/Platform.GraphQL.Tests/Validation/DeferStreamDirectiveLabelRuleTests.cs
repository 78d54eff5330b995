using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's DeferStreamDirectiveLabelRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class DeferStreamDirectiveLabelRuleTests
{
    private static readonly ValidationRuleFactory DeferStreamDirectiveLabel = context => new DeferStreamDirectiveLabelRule(context);

    [Fact]
    public void Defer_fragments_with_no_label()
    {
        ExpectErrors(
            DeferStreamDirectiveLabel,
            TestSchema,
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
    public void Defer_fragments_one_with_label_one_without()
    {
        ExpectErrors(
            DeferStreamDirectiveLabel,
            TestSchema,
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
    public void Defer_fragment_with_variable_label()
    {
        ExpectErrors(
            DeferStreamDirectiveLabel,
            TestSchema,
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
    public void Defer_fragments_with_different_labels()
    {
        ExpectErrors(
            DeferStreamDirectiveLabel,
            TestSchema,
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
    public void Defer_fragments_with_same_label()
    {
        ExpectErrors(
            DeferStreamDirectiveLabel,
            TestSchema,
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
    public void Defer_and_stream_with_no_label()
    {
        ExpectErrors(
            DeferStreamDirectiveLabel,
            TestSchema,
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
    public void Stream_with_variable_label()
    {
        ExpectErrors(
            DeferStreamDirectiveLabel,
            TestSchema,
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
    public void Defer_and_stream_with_the_same_label()
    {
        ExpectErrors(
            DeferStreamDirectiveLabel,
            TestSchema,
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
