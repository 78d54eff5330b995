namespace Platform.GraphQL.Types;

/// <summary>The directives every schema has (graphql-js 17 <c>specifiedDirectives</c>), plus @defer and @stream.</summary>
public static class SpecifiedDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Include = Create(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        Argument("if", new NonNullType(BuiltInScalars.Boolean), "Included when true."));

    public static readonly DirectiveDefinition Skip = Create(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        Argument("if", new NonNullType(BuiltInScalars.Boolean), "Skipped when true."));

    public static readonly DirectiveDefinition Deprecated = Create(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [
            DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION,
            DirectiveLocation.ENUM_VALUE, DirectiveLocation.DIRECTIVE_DEFINITION,
        ],
        Argument(
            "reason",
            new NonNullType(BuiltInScalars.String),
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultDeprecationReason));

    public static readonly DirectiveDefinition SpecifiedBy = Create(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.SCALAR],
        Argument("url", new NonNullType(BuiltInScalars.String), "The URL that specifies the behavior of this scalar."));

    public static readonly DirectiveDefinition OneOf = Create(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [DirectiveLocation.INPUT_OBJECT]);

    /// <summary>Not specified (graphql-js keeps it out of <c>specifiedDirectives</c>); a schema opts in.</summary>
    public static readonly DirectiveDefinition Defer = Create(
        "defer",
        "Directs the executor to defer this fragment when the `if` argument is true or undefined.",
        [DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        Argument("if", new NonNullType(BuiltInScalars.Boolean), "Deferred when true or undefined.", true),
        Argument("label", BuiltInScalars.String, "Unique name"));

    /// <summary>Not specified (graphql-js keeps it out of <c>specifiedDirectives</c>); a schema opts in.</summary>
    public static readonly DirectiveDefinition Stream = Create(
        "stream",
        "Directs the executor to stream plural fields when the `if` argument is true or undefined.",
        [DirectiveLocation.FIELD],
        Argument("initialCount", new NonNullType(BuiltInScalars.Int), "Number of items to return immediately", 0),
        Argument("if", new NonNullType(BuiltInScalars.Boolean), "Stream when true or undefined.", true),
        Argument("label", BuiltInScalars.String, "Unique name"));

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecified(DirectiveDefinition directive)
    {
        foreach (var specified in All)
        {
            if (specified.Name == directive.Name)
            {
                return true;
            }
        }

        return false;
    }

    private static DirectiveDefinition Create(
        string name, string description, DirectiveLocation[] locations, params InputValueDefinition[] arguments)
    {
        var directive = new DirectiveDefinition(name, locations) { Description = description };
        foreach (var argument in arguments)
        {
            directive.Arguments.Add(argument.Name, argument);
        }

        return directive;
    }

    private static InputValueDefinition Argument(string name, GraphQLType type, string description) =>
        new(name, type) { Description = description };

    private static InputValueDefinition Argument(string name, GraphQLType type, string description, object defaultValue) =>
        new(name, type) { Description = description, DefaultValue = defaultValue, HasDefaultValue = true };
}
