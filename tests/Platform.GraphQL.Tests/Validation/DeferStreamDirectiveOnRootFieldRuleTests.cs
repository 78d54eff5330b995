using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's DeferStreamDirectiveOnRootFieldRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class DeferStreamDirectiveOnRootFieldRuleTests
{
    private static readonly ValidationRuleFactory DeferStreamDirectiveOnRootField = context => new DeferStreamDirectiveOnRootFieldRule(context);

    [Fact]
    public void Defer_fragment_spread_on_root_query_field()
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
            DeferStreamDirectiveOnRootField,
            schema,
            """
            {
              ...rootQueryFragment @defer
            }
            fragment rootQueryFragment on QueryRoot {
              message {
                body
              }
            }
            """);
    }

    [Fact]
    public void Defer_inline_fragment_spread_on_root_query_field()
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
            DeferStreamDirectiveOnRootField,
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
    public void Defer_fragment_spread_on_root_mutation_field()
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
            DeferStreamDirectiveOnRootField,
            schema,
            """
            mutation {
              ...rootFragment @defer
            }
            fragment rootFragment on MutationRoot {
              mutationField {
                body
              }
            }
            """,
            Error("Defer directive cannot be used on root mutation type \"MutationRoot\".", (2, 19)));
    }

    [Fact]
    public void Defer_inline_fragment_spread_on_root_mutation_field()
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
            DeferStreamDirectiveOnRootField,
            schema,
            """
            mutation {
              ... @defer {
                mutationField {
                  body
                }
              }
            }
            """,
            Error("Defer directive cannot be used on root mutation type \"MutationRoot\".", (2, 7)));
    }

    [Fact]
    public void Defer_fragment_spread_on_nested_mutation_field()
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
            DeferStreamDirectiveOnRootField,
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
    public void Defer_fragment_spread_on_root_subscription_field()
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
            DeferStreamDirectiveOnRootField,
            schema,
            """
            subscription {
              ...rootFragment @defer
            }
            fragment rootFragment on SubscriptionRoot {
              subscriptionField {
                body
              }
            }
            """,
            Error("Defer directive cannot be used on root subscription type \"SubscriptionRoot\".", (2, 19)));
    }

    [Fact]
    public void Defer_inline_fragment_spread_on_root_subscription_field()
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
            DeferStreamDirectiveOnRootField,
            schema,
            """
            subscription {
              ... @defer {
                subscriptionField {
                  body
                }
              }
            }
            """,
            Error("Defer directive cannot be used on root subscription type \"SubscriptionRoot\".", (2, 7)));
    }

    [Fact]
    public void Defer_fragment_spread_on_nested_subscription_field()
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
            DeferStreamDirectiveOnRootField,
            schema,
            """
            subscription {
              subscriptionField {
                ...nestedFragment @defer
              }
            }
            fragment nestedFragment on Message {
              body
            }
            """);
    }

    [Fact]
    public void Stream_field_on_root_query_field()
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
            DeferStreamDirectiveOnRootField,
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
    public void Stream_field_on_fragment_on_root_query_field()
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
            DeferStreamDirectiveOnRootField,
            schema,
            """
            {
              ...rootFragment
            }
            fragment rootFragment on QueryType {
              messages @stream {
                name
              }
            }
            """);
    }

    [Fact]
    public void Stream_field_on_root_mutation_field()
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
            DeferStreamDirectiveOnRootField,
            schema,
            """
            mutation {
              mutationListField @stream {
                name
              }
            }
            """,
            Error("Stream directive cannot be used on root mutation type \"MutationRoot\".", (2, 21)));
    }

    [Fact]
    public void Stream_field_on_fragment_on_root_mutation_field()
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
            DeferStreamDirectiveOnRootField,
            schema,
            """
            mutation {
              ...rootFragment
            }
            fragment rootFragment on MutationRoot {
              mutationListField @stream {
                name
              }
            }
            """,
            Error("Stream directive cannot be used on root mutation type \"MutationRoot\".", (5, 21)));
    }

    [Fact]
    public void Stream_field_on_root_subscription_field()
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
            DeferStreamDirectiveOnRootField,
            schema,
            """
            subscription {
              subscriptionListField @stream {
                name
              }
            }
            """,
            Error("Stream directive cannot be used on root subscription type \"SubscriptionRoot\".", (2, 25)));
    }

    [Fact]
    public void Stream_field_on_fragment_on_root_subscription_field()
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
            DeferStreamDirectiveOnRootField,
            schema,
            """
            subscription {
              ...rootFragment
            }
            fragment rootFragment on SubscriptionRoot {
              subscriptionListField @stream {
                name
              }
            }
            """,
            Error("Stream directive cannot be used on root subscription type \"SubscriptionRoot\".", (5, 25)));
    }
}
