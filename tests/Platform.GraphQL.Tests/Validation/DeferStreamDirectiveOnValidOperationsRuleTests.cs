using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's DeferStreamDirectiveOnValidOperationsRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class DeferStreamDirectiveOnValidOperationsRuleTests
{
    private static readonly ValidationRuleFactory DeferStreamDirectiveOnValidOperations = context => new DeferStreamDirectiveOnValidOperationsRule(context);

    private static readonly Schema Schema1 = SchemaBuilder.Build(
        """
        type Message {
          body: String
          sender: String
        }

        type SubscriptionRoot {
          subscriptionField: Message
          subscriptionListField: [Message]
        }

        type MutationRoot {
          mutationField: Message
          mutationListField: [Message]
        }

        type QueryRoot {
          message: Message
          messages: [Message]
        }

        schema {
          query: QueryRoot
          mutation: MutationRoot
          subscription: SubscriptionRoot
        }
        """);

    [Fact]
    public void Defer_fragment_spread_nested_in_query_operation()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            {
              message {
                ...myFragment @defer
              }
            }
            fragment myFragment on Message {
              message {
                body
              }
            }
            """);
    }

    [Fact]
    public void Defer_inline_fragment_spread_in_query_operation()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            {
              ... @defer {
                message {
                  body
                }
              }
            }
            """);
    }

    [Fact]
    public void Defer_fragment_spread_on_mutation_field()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            mutation {
              mutationField {
                ...myFragment @defer
              }
            }
            fragment myFragment on Message {
              body
            }
            """);
    }

    [Fact]
    public void Defer_inline_fragment_spread_on_mutation_field()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            mutation {
              mutationField {
                ... @defer {
                  body
                }
              }
            }
            """);
    }

    [Fact]
    public void Defer_fragment_spread_on_subscription_field()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            subscription {
              subscriptionField {
                ...myFragment @defer
              }
            }
            fragment myFragment on Message {
              body
            }
            """,
            Error("Defer directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`.", (3, 19)));
    }

    [Fact]
    public void Defer_fragment_spread_with_boolean_true_if_argument()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            subscription {
              subscriptionField {
                ...myFragment @defer(if: true)
              }
            }
            fragment myFragment on Message {
              body
            }
            """,
            Error("Defer directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`.", (3, 19)));
    }

    [Fact]
    public void Defer_fragment_spread_with_boolean_false_if_argument()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            subscription {
              subscriptionField {
                ...myFragment @defer(if: false)
              }
            }
            fragment myFragment on Message {
              body
            }
            """);
    }

    [Fact]
    public void Defer_fragment_spread_on_query_in_multi_operation_document()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            subscription MySubscription {
              subscriptionField {
                ...myFragment
              }
            }
            query MyQuery {
              message {
                ...myFragment @defer
              }
            }
            fragment myFragment on Message {
              body
            }
            """);
    }

    [Fact]
    public void Defer_fragment_spread_on_subscription_in_multi_operation_document()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            subscription MySubscription {
              subscriptionField {
                ...myFragment @defer
              }
            }
            query MyQuery {
              message {
                ...myFragment @defer
              }
            }
            fragment myFragment on Message {
              body
            }
            """,
            Error("Defer directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`.", (3, 19)));
    }

    [Fact]
    public void Defer_fragment_spread_with_invalid_if_argument()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            subscription MySubscription {
              subscriptionField {
                ...myFragment @defer(if: "Oops")
              }
            }
            fragment myFragment on Message {
              body
            }
            """,
            Error("Defer directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`.", (3, 19)));
    }

    [Fact]
    public void Stream_on_query_field()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            {
              messages @stream {
                name
              }
            }
            """);
    }

    [Fact]
    public void Stream_on_mutation_field()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            mutation {
              mutationField {
                messages @stream
              }
            }
            """);
    }

    [Fact]
    public void Stream_on_fragment_on_mutation_field()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            mutation {
              mutationField {
                ...myFragment
              }
            }
            fragment myFragment on Message {
              messages @stream
            }
            """);
    }

    [Fact]
    public void Stream_on_subscription_field()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            subscription {
              subscriptionField {
                messages @stream
              }
            }
            """,
            Error("Stream directive not supported on subscription operations. Disable `@stream` by setting the `if` argument to `false`.", (3, 14)));
    }

    [Fact]
    public void Stream_on_fragment_on_subscription_field()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            subscription {
              subscriptionField {
                ...myFragment
              }
            }
            fragment myFragment on Message {
              messages @stream
            }
            """,
            Error("Stream directive not supported on subscription operations. Disable `@stream` by setting the `if` argument to `false`.", (7, 12), (3, 5)));
    }

    [Fact]
    public void Stream_on_fragment_on_query_in_multi_operation_document()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            subscription MySubscription {
              subscriptionField {
                message
              }
            }
            query MyQuery {
              message {
                ...myFragment
              }
            }
            fragment myFragment on Message {
              messages @stream
            }
            """);
    }

    [Fact]
    public void Stream_on_subscription_in_multi_operation_document()
    {
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            Schema1,
            """
            query MyQuery {
              message {
                ...myFragment
              }
            }
            subscription MySubscription {
              subscriptionField {
                message {
                  ...myFragment
                }
              }
            }
            fragment myFragment on Message {
              messages @stream
            }
            """,
            Error("Stream directive not supported on subscription operations. Disable `@stream` by setting the `if` argument to `false`.", (14, 12), (9, 7)));
    }
}
