using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's DeferStreamDirectiveOnValidOperationsRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class DeferStreamDirectiveOnValidOperationsRuleTests
{
    private static readonly ValidationRuleFactory DeferStreamDirectiveOnValidOperations = context => new DeferStreamDirectiveOnValidOperationsRule(context);

    [Fact]
    public void Defer_fragment_spread_nested_in_query_operation()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            DeferStreamDirectiveOnValidOperations,
            schema,
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
