using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.RuleHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The cases of graphql-js's DeferStreamDirectiveOnValidOperationsRule-test.ts, with the errors graphql-js 17.1.0 reports for them.
/// </summary>
public sealed class DeferStreamDirectiveOnValidOperationsRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new DeferStreamDirectiveOnValidOperationsRule(context);

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
    public void DeferFragmentSpreadNestedInQueryOperation()
    {
        ExpectValid(
            Schema1,
            Rule,
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
    public void DeferInlineFragmentSpreadInQueryOperation()
    {
        ExpectValid(
            Schema1,
            Rule,
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
    public void DeferFragmentSpreadOnMutationField()
    {
        ExpectValid(
            Schema1,
            Rule,
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
    public void DeferInlineFragmentSpreadOnMutationField()
    {
        ExpectValid(
            Schema1,
            Rule,
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
    public void DeferFragmentSpreadOnSubscriptionField()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
    public void DeferFragmentSpreadWithBooleanTrueIfArgument()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
    public void DeferFragmentSpreadWithBooleanFalseIfArgument()
    {
        ExpectValid(
            Schema1,
            Rule,
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
    public void DeferFragmentSpreadOnQueryInMultiOperationDocument()
    {
        ExpectValid(
            Schema1,
            Rule,
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
    public void DeferFragmentSpreadOnSubscriptionInMultiOperationDocument()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
    public void DeferFragmentSpreadWithInvalidIfArgument()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
    public void StreamOnQueryField()
    {
        ExpectValid(
            Schema1,
            Rule,
            """
            {
              messages @stream {
                name
              }
            }
            """);
    }

    [Fact]
    public void StreamOnMutationField()
    {
        ExpectValid(
            Schema1,
            Rule,
            """
            mutation {
              mutationField {
                messages @stream
              }
            }
            """);
    }

    [Fact]
    public void StreamOnFragmentOnMutationField()
    {
        ExpectValid(
            Schema1,
            Rule,
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
    public void StreamOnSubscriptionField()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
    public void StreamOnFragmentOnSubscriptionField()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
    public void StreamOnFragmentOnQueryInMultiOperationDocument()
    {
        ExpectValid(
            Schema1,
            Rule,
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
    public void StreamOnSubscriptionInMultiOperationDocument()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
