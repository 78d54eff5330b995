using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// graphql-js 17.1.0's defer/stream rules go by directive name: they apply even when the schema does not define
/// @defer or @stream (a schema built from SDL has neither). Expected values come from graphql-js.
/// </summary>
public sealed class DeferStreamRulesWithoutDirectivesTests
{
    private static readonly Schema SchemaWithoutDeferStream = SchemaBuilder.Build(
        "type Query { name: String list: [String] } type Mutation { name: String } type Subscription { list: [String] }");

    [Fact]
    public void SchemaHasNeitherDirective()
    {
        Assert.Null(SchemaWithoutDeferStream.GetDirective("defer"));
        Assert.Null(SchemaWithoutDeferStream.GetDirective("stream"));
    }

    [Fact]
    public void DeferOnMutationRootIsReported() =>
        ExpectErrors(
            context => new DeferStreamDirectiveOnRootFieldRule(context),
            SchemaWithoutDeferStream,
            "mutation { ... @defer { name } }",
            Error("Defer directive cannot be used on root mutation type \"Mutation\".", (1, 16)));

    [Fact]
    public void StreamOnSubscriptionRootIsReported() =>
        ExpectErrors(
            context => new DeferStreamDirectiveOnRootFieldRule(context),
            SchemaWithoutDeferStream,
            "subscription { list @stream }",
            Error("Stream directive cannot be used on root subscription type \"Subscription\".", (1, 21)));

    [Fact]
    public void UnconditionalStreamInSubscriptionIsReported() =>
        ExpectErrors(
            context => new DeferStreamDirectiveOnValidOperationsRule(context),
            SchemaWithoutDeferStream,
            "subscription { list @stream }",
            Error("Stream directive not supported on subscription operations. Disable `@stream` by setting the `if` argument to `false`.", (1, 21)));

    [Fact]
    public void LabelsAreChecked() =>
        ExpectErrors(
            context => new DeferStreamDirectiveLabelRule(context),
            SchemaWithoutDeferStream,
            "{ name @stream(label: \"a\") list @stream(label: \"a\") ... @defer(label: 1) { name } }",
            Error("Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.", (1, 8), (1, 33)),
            Error("Argument \"@defer(label:)\" must be a static string.", (1, 57)));

    [Fact]
    public void StreamOnNonListFieldIsReported() =>
        ExpectErrors(
            context => new StreamDirectiveOnListFieldRule(context),
            SchemaWithoutDeferStream,
            "{ name @stream(label: \"a\") list @stream(label: \"a\") ... @defer(label: 1) { name } }",
            Error("Directive \"@stream\" cannot be used on non-list field \"Query.name\".", (1, 8)));
}
