using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.RuleHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The cases of graphql-js's DeferStreamDirectiveOnRootFieldRule-test.ts, with the errors graphql-js 17.1.0 reports for them.
/// </summary>
public sealed class DeferStreamDirectiveOnRootFieldRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new DeferStreamDirectiveOnRootFieldRule(context);

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
    public void DeferFragmentSpreadOnRootQueryField()
    {
        ExpectValid(
            Schema1,
            Rule,
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
    public void DeferInlineFragmentSpreadOnRootQueryField()
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
    public void DeferFragmentSpreadOnRootMutationField()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
    public void DeferInlineFragmentSpreadOnRootMutationField()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
    public void DeferFragmentSpreadOnNestedMutationField()
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
    public void DeferFragmentSpreadOnRootSubscriptionField()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
    public void DeferInlineFragmentSpreadOnRootSubscriptionField()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
    public void DeferFragmentSpreadOnNestedSubscriptionField()
    {
        ExpectValid(
            Schema1,
            Rule,
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
    public void StreamFieldOnRootQueryField()
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
    public void StreamFieldOnFragmentOnRootQueryField()
    {
        ExpectValid(
            Schema1,
            Rule,
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
    public void StreamFieldOnRootMutationField()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
    public void StreamFieldOnFragmentOnRootMutationField()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
    public void StreamFieldOnRootSubscriptionField()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
    public void StreamFieldOnFragmentOnRootSubscriptionField()
    {
        ExpectErrors(
            Schema1,
            Rule,
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
