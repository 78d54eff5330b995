using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Reading;

/// <summary>
/// The federation directives as GraphQL definitions under a fixed prefix, so a subgraph's uses of them (whatever it named
/// them) are checked like any directive: allowed locations, known and required arguments, repetition.
/// </summary>
internal static class FederationDirectiveDefinitions
{
    public const string Prefix = "federation__";

    private const string Sdl = """
        scalar federation__FieldSet
        scalar federation__Scope
        scalar federation__Policy
        scalar federation__ContextFieldValue
        directive @federation__key(fields: federation__FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
        directive @federation__requires(fields: federation__FieldSet!) on FIELD_DEFINITION
        directive @federation__provides(fields: federation__FieldSet!) on FIELD_DEFINITION
        directive @federation__external(reason: String) on OBJECT | FIELD_DEFINITION
        directive @federation__shareable repeatable on OBJECT | FIELD_DEFINITION
        directive @federation__override(from: String!, label: String) on FIELD_DEFINITION
        directive @federation__inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
        directive @federation__tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | SCHEMA
        directive @federation__extends on OBJECT | INTERFACE
        directive @federation__interfaceObject on OBJECT
        directive @federation__composeDirective(name: String!) repeatable on SCHEMA
        directive @federation__authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
        directive @federation__requiresScopes(scopes: [[federation__Scope!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
        directive @federation__policy(policies: [[federation__Policy!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
        directive @federation__context(name: String!) repeatable on INTERFACE | OBJECT | UNION
        directive @federation__fromContext(field: federation__ContextFieldValue) on ARGUMENT_DEFINITION
        directive @federation__cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
        directive @federation__listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
        """;

    private static readonly IReadOnlyList<DefinitionNode> All = Parser.Parse(Sdl, new ParserOptions { NoLocations = true }).Definitions;

    /// <summary>The definitions of the directives federation <c>v2.{minor}</c> defines (and the scalars they use).</summary>
    public static IEnumerable<DefinitionNode> For(int minor) =>
        All.Where(d => d is not DirectiveDefinitionNode directive || FederationVersions.Defines(minor, directive.Name.Value[Prefix.Length..]));
}
