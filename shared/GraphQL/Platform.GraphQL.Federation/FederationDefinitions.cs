namespace Platform.GraphQL.Federation;

/// <summary>The Apollo Federation v2 subgraph definitions a subgraph's SDL may use (directives, scalars, <c>_Service</c>).</summary>
internal static class FederationDefinitions
{
    public const string Sdl = """
        directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
        directive @key(fields: FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
        directive @requires(fields: FieldSet!) on FIELD_DEFINITION
        directive @provides(fields: FieldSet!) on FIELD_DEFINITION
        directive @external on OBJECT | FIELD_DEFINITION
        directive @shareable repeatable on OBJECT | FIELD_DEFINITION
        directive @override(from: String!) on FIELD_DEFINITION
        directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
        directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
        directive @interfaceObject on OBJECT
        directive @composeDirective(name: String!) repeatable on SCHEMA
        scalar link__Import
        enum link__Purpose { SECURITY EXECUTION }
        scalar FieldSet
        scalar _Any
        type _Service { sdl: String }
        """;
}
