using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// How <c>@defer</c> affects the subscription field collection of <see cref="SingleFieldSubscriptionsRule"/>:
/// a fragment spread again under another defer is collected again, and a <c>@defer</c> argument of the wrong type
/// throws graphql-js's coercion error out of validation. Expected values from graphql-js 17.1.0.
/// </summary>
public sealed class SingleFieldSubscriptionsDeferTests
{
    private static readonly ValidationRuleFactory Rule = context => new SingleFieldSubscriptionsRule(context);

    private static readonly Schema Schema = SchemaBuilder.Build("type Query { a: Int } type Subscription { a: Int b: Int }");

    [Theory]
    [InlineData("subscription { ...F @defer ...F } fragment F on Subscription { a b }", "Anonymous", 66, 66)]
    [InlineData("subscription { ...F @defer(if: false) ...F } fragment F on Subscription { a b }", "Anonymous", 77)]
    [InlineData("subscription S($v: Boolean!) { ...F @defer(if: $v) ...F } fragment F on Subscription { a b }", "S", 90, 90)]
    [InlineData("subscription { ...F ...F @defer } fragment F on Subscription { a b }", "Anonymous", 66)]
    [InlineData("subscription { ... @defer { a } b }", "Anonymous", 33)]
    public void A_fragment_deferred_differently_is_collected_again(string query, string operation, params int[] columns)
    {
        var subject = operation == "Anonymous" ? "Anonymous Subscription" : $"Subscription \"{operation}\"";
        ExpectErrors(
            Rule,
            Schema,
            query,
            Error($"{subject} must select only one top level field.", columns.Select(c => (1, c)).ToArray()));
    }

    [Theory]
    [InlineData("...F @defer(if: null)", "Argument \"@defer(if:)\" has invalid value: Expected value of non-null type \"Boolean!\" not to be null.", 32)]
    [InlineData("...F @defer(if: {a: 1})", "Argument \"@defer(if:)\" has invalid value: Boolean cannot represent a non boolean value: { a: 1 }", 32)]
    [InlineData("...F @defer(label: [\"a\"])", "Argument \"@defer(label:)\" has invalid value: String cannot represent a non string value: [\"a\"]", 35)]
    [InlineData("...F @defer(if: \"\"\"x\"\"\")", "Argument \"@defer(if:)\" has invalid value: Boolean cannot represent a non boolean value: \"\"\"x\"\"\"", 32)]
    [InlineData("... @defer(if: $v, label: 3) { a }", "Argument \"@defer(label:)\" has invalid value: String cannot represent a non string value: 3", 42)]
    [InlineData("...F @defer(if: true, if: 3)", "Argument \"@defer(if:)\" has invalid value: Boolean cannot represent a non boolean value: 3", 42)]
    public void A_defer_argument_of_the_wrong_type_throws_its_coercion_error(string selection, string message, int column)
    {
        var document = Parser.Parse($"subscription {{ {selection} }} fragment F on Subscription {{ a b }}");

        var error = Assert.Throws<GraphQLError>(() => Validator.Validate(Schema, document, [Rule]));

        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(1, column)], error.Locations);
    }
}
