using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's SingleFieldSubscriptionsRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly ValidationRuleFactory SingleFieldSubscriptions = context => new SingleFieldSubscriptionsRule(context);

    [Fact]
    public void Valid_subscription()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription ImportantEmails {
              importantEmails
            }
            """);
    }

    [Fact]
    public void Valid_subscription_with_fragment()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                body
                sender
              }
            }
            """);
    }

    [Fact]
    public void Valid_subscription_with_fragment_and_field()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription sub {
              newMessage {
                body
              }
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                body
                sender
              }
            }
            """);
    }

    [Fact]
    public void Fails_with_more_than_one_root_field()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
            }
            """,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)));
    }

    [Fact]
    public void Fails_with_more_than_one_root_field_including_introspection()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription ImportantEmails {
              importantEmails
              __typename
            }
            """,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)),
            Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (3, 3)));
    }

    [Fact]
    public void Fails_with_more_than_one_root_field_including_aliased_introspection_via_fragment()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription ImportantEmails {
              importantEmails
              ...Introspection
            }
            fragment Introspection on SubscriptionRoot {
              typename: __typename
            }
            """,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (6, 3)),
            Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (6, 3)));
    }

    [Fact]
    public void Fails_with_many_more_than_one_root_field()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
              spamEmails
            }
            """,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3), (4, 3)));
    }

    [Fact]
    public void Fails_with_many_more_than_one_root_field_via_fragments()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription ImportantEmails {
              importantEmails
              ... {
                more: moreImportantEmails
              }
              ...NotImportantEmails
            }
            fragment NotImportantEmails on SubscriptionRoot {
              notImportantEmails
              deleted: deletedEmails
              ...SpamEmails
            }
            fragment SpamEmails on SubscriptionRoot {
              spamEmails
            }
            """,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (4, 5), (9, 3), (10, 3), (14, 3)));
    }

    [Fact]
    public void Does_not_infinite_loop_on_recursive_fragments()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription NoInfiniteLoop {
              ...A
            }
            fragment A on SubscriptionRoot {
              ...A
            }
            """,
            Error("Subscription \"NoInfiniteLoop\" must select one top level field.", (1, 29)));
    }

    [Fact]
    public void Fails_with_many_more_than_one_root_field_via_fragments_anonymous()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription {
              importantEmails
              ... {
                more: moreImportantEmails
                ...NotImportantEmails
              }
              ...NotImportantEmails
            }
            fragment NotImportantEmails on SubscriptionRoot {
              notImportantEmails
              deleted: deletedEmails
              ... {
                ... {
                  archivedEmails
                }
              }
              ...SpamEmails
            }
            fragment SpamEmails on SubscriptionRoot {
              spamEmails
              ...NonExistentFragment
            }
            """,
            Error("Anonymous Subscription must select only one top level field.", (4, 5), (10, 3), (11, 3), (14, 7), (20, 3)));
    }

    [Fact]
    public void Fails_with_more_than_one_root_field_in_anonymous_subscriptions()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription {
              importantEmails
              notImportantEmails
            }
            """,
            Error("Anonymous Subscription must select only one top level field.", (3, 3)));
    }

    [Fact]
    public void Fails_with_introspection_field()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription ImportantEmails {
              __typename
            }
            """,
            Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (2, 3)));
    }

    [Fact]
    public void Fails_with_introspection_field_in_anonymous_subscription()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription {
              __typename
            }
            """,
            Error("Anonymous Subscription must not select an introspection top level field.", (2, 3)));
    }

    [Fact]
    public void Fails_with_skip_or_include_directive()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription RequiredRuntimeValidation($bool: Boolean!) {
              newMessage @include(if: $bool) {
                body
                sender
              }
              disallowedSecondRootField @skip(if: $bool)
            }
            """,
            Error("Subscription \"RequiredRuntimeValidation\" must not use `@skip` or `@include` directives in the top level selection.", (2, 14), (6, 29)));
    }

    [Fact]
    public void Fails_with_skip_or_include_directive_in_anonymous_subscription()
    {
        var schema = SchemaBuilder.Build(
            """
            type Message {
              body: String
              sender: String
            }

            type SubscriptionRoot {
              importantEmails: [String]
              notImportantEmails: [String]
              moreImportantEmails: [String]
              spamEmails: [String]
              deletedEmails: [String]
              newMessage: Message
            }

            type QueryRoot {
              dummy: String
            }

            schema {
              query: QueryRoot
              subscription: SubscriptionRoot
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription ($bool: Boolean!) {
              newMessage @include(if: $bool) {
                body
                sender
              }
              disallowedSecondRootField @skip(if: $bool)
            }
            """,
            Error("Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", (2, 14), (6, 29)));
    }

    [Fact]
    public void Skips_if_not_subscription_type()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query {
              dummy: String
            }
            """);
        ExpectErrors(
            SingleFieldSubscriptions,
            schema,
            """
            subscription {
              __typename
            }
            """);
    }
}
