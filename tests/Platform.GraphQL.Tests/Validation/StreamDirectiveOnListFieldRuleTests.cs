using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's StreamDirectiveOnListFieldRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class StreamDirectiveOnListFieldRuleTests
{
    private static readonly ValidationRuleFactory StreamDirectiveOnListField = context => new StreamDirectiveOnListFieldRule(context);

    [Fact]
    public void Stream_on_list_field()
    {
        ExpectErrors(
            StreamDirectiveOnListField,
            TestSchema,
            """
            fragment objectFieldSelection on Human {
              pets @stream(initialCount: 0) {
                name
              }
            }
            """);
    }

    [Fact]
    public void Stream_on_non_null_list_field()
    {
        ExpectErrors(
            StreamDirectiveOnListField,
            TestSchema,
            """
            fragment objectFieldSelection on Human {
              relatives @stream(initialCount: 0) {
                name
              }
            }
            """);
    }

    [Fact]
    public void Doesn_t_validate_other_directives_on_list_fields()
    {
        ExpectErrors(
            StreamDirectiveOnListField,
            TestSchema,
            """
            fragment objectFieldSelection on Human {
              pets @include(if: true) {
                name
              }
            }
            """);
    }

    [Fact]
    public void Doesn_t_validate_other_directives_on_non_list_fields()
    {
        ExpectErrors(
            StreamDirectiveOnListField,
            TestSchema,
            """
            fragment objectFieldSelection on Human {
              pets {
                name @include(if: true)
              }
            }
            """);
    }

    [Fact]
    public void Doesn_t_validate_misplaced_stream_directives()
    {
        ExpectErrors(
            StreamDirectiveOnListField,
            TestSchema,
            """
            fragment objectFieldSelection on Human {
              ... @stream(initialCount: 0) {
                name
              }
            }
            """);
    }

    [Fact]
    public void Reports_errors_when_stream_is_used_on_non_list_field()
    {
        ExpectErrors(
            StreamDirectiveOnListField,
            TestSchema,
            """
            fragment objectFieldSelection on Human {
              name @stream(initialCount: 0)
            }
            """,
            Error("Directive \"@stream\" cannot be used on non-list field \"Human.name\".", (2, 8)));
    }
}
