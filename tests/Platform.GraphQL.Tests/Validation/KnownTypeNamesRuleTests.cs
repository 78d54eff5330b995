using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's KnownTypeNamesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class KnownTypeNamesRuleTests
{
    private static readonly ValidationRuleFactory KnownTypeNames = context => new KnownTypeNamesRule(context);
    private static readonly SdlValidationRuleFactory KnownTypeNamesSdl = context => new KnownTypeNamesRule(context);

    [Fact]
    public void Known_type_names_are_valid()
    {
        ExpectErrors(
            KnownTypeNames,
            TestSchema,
            """
            query Foo(
              $var: String
              $required: [Int!]!
              $introspectionType: __EnumValue
            ) {
              user(id: 4) {
                pets { ... on Pet { name }, ...PetFields, ... { name } }
              }
            }

            fragment PetFields on Pet {
              name
            }
            """);
    }

    [Fact]
    public void Unknown_type_names_are_invalid()
    {
        ExpectErrors(
            KnownTypeNames,
            TestSchema,
            """
            query Foo($var: [JumbledUpLetters!]!) {
              user(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """,
            Error("Unknown type \"JumbledUpLetters\".", (1, 18)),
            Error("Unknown type \"Badger\".", (4, 19)),
            Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (7, 23)));
    }

    [Fact]
    public void Unknown_type_names_are_invalid_no_suggestions()
    {
        ExpectErrorsHidingSuggestions(
            KnownTypeNames,
            TestSchema,
            """
            query Foo($var: [JumbledUpLetters!]!) {
              user(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """,
            Error("Unknown type \"JumbledUpLetters\".", (1, 18)),
            Error("Unknown type \"Badger\".", (4, 19)),
            Error("Unknown type \"Peat\".", (7, 23)));
    }

    [Fact]
    public void References_to_standard_scalars_that_are_missing_in_schema()
    {
        var schema = SchemaBuilder.Build(
            """type Query { foo: String }""");
        ExpectErrors(
            KnownTypeNames,
            schema,
            """
            query ($id: ID, $float: Float, $int: Int) {
              __typename
            }
            """,
            Error("Unknown type \"ID\".", (1, 13)),
            Error("Unknown type \"Float\".", (1, 25)),
            Error("Unknown type \"Int\".", (1, 38)));
    }

    [Fact]
    public void Within_SDL_use_standard_types()
    {
        ExpectSdlErrors(
            KnownTypeNamesSdl,
            null,
            """
            type Query {
              string: String
              int: Int
              float: Float
              boolean: Boolean
              id: ID
              introspectionType: __EnumValue
            }
            """);
    }

    [Fact]
    public void Within_SDL_reference_types_defined_inside_the_same_document()
    {
        ExpectSdlErrors(
            KnownTypeNamesSdl,
            null,
            """
            union SomeUnion = SomeObject | AnotherObject

            type SomeObject implements SomeInterface {
              someScalar(arg: SomeInputObject): SomeScalar
            }

            type AnotherObject {
              foo(arg: SomeInputObject): String
            }

            type SomeInterface {
              someScalar(arg: SomeInputObject): SomeScalar
            }

            input SomeInputObject {
              someScalar: SomeScalar
            }

            scalar SomeScalar

            type RootQuery {
              someInterface: SomeInterface
              someUnion: SomeUnion
              someScalar: SomeScalar
              someObject: SomeObject
            }

            schema {
              query: RootQuery
            }
            """);
    }

    [Fact]
    public void Within_SDL_unknown_type_references()
    {
        ExpectSdlErrors(
            KnownTypeNamesSdl,
            null,
            """
            type A
            type B

            type SomeObject implements C {
              e(d: D): E
            }

            union SomeUnion = F | G

            interface SomeInterface {
              i(h: H): I
            }

            input SomeInput {
              j: J
            }

            directive @SomeDirective(k: K) on QUERY

            schema {
              query: L
              mutation: M
              subscription: N
            }
            """,
            Error("Unknown type \"C\". Did you mean \"A\" or \"B\"?", (4, 28)),
            Error("Unknown type \"D\". Did you mean \"A\", \"B\", or \"ID\"?", (5, 8)),
            Error("Unknown type \"E\". Did you mean \"A\" or \"B\"?", (5, 12)),
            Error("Unknown type \"F\". Did you mean \"A\" or \"B\"?", (8, 19)),
            Error("Unknown type \"G\". Did you mean \"A\" or \"B\"?", (8, 23)),
            Error("Unknown type \"H\". Did you mean \"A\" or \"B\"?", (11, 8)),
            Error("Unknown type \"I\". Did you mean \"A\", \"B\", or \"ID\"?", (11, 12)),
            Error("Unknown type \"J\". Did you mean \"A\" or \"B\"?", (15, 6)),
            Error("Unknown type \"K\". Did you mean \"A\" or \"B\"?", (18, 29)),
            Error("Unknown type \"L\". Did you mean \"A\" or \"B\"?", (21, 10)),
            Error("Unknown type \"M\". Did you mean \"A\" or \"B\"?", (22, 13)),
            Error("Unknown type \"N\". Did you mean \"A\" or \"B\"?", (23, 17)));
    }

    [Fact]
    public void Within_SDL_does_not_consider_non_type_definitions()
    {
        ExpectSdlErrors(
            KnownTypeNamesSdl,
            null,
            """
            query Foo { __typename }
            fragment Foo on Query { __typename }
            directive @Foo on QUERY

            type Query {
              foo: Foo
            }
            """,
            Error("Unknown type \"Foo\".", (6, 8)));
    }

    [Fact]
    public void Within_SDL_reference_standard_types_inside_extension_document()
    {
        var schema = SchemaBuilder.Build(
            """type Foo""");
        ExpectSdlErrors(
            KnownTypeNamesSdl,
            schema,
            """
            type SomeType {
              string: String
              int: Int
              float: Float
              boolean: Boolean
              id: ID
              introspectionType: __EnumValue
            }
            """);
    }

    [Fact]
    public void Within_SDL_reference_types_inside_extension_document()
    {
        var schema = SchemaBuilder.Build(
            """type Foo""");
        ExpectSdlErrors(
            KnownTypeNamesSdl,
            schema,
            """
            type QueryRoot {
              foo: Foo
              bar: Bar
            }

            scalar Bar

            schema {
              query: QueryRoot
            }
            """);
    }

    [Fact]
    public void Within_SDL_unknown_type_references_inside_extension_document()
    {
        var schema = SchemaBuilder.Build(
            """type A""");
        ExpectSdlErrors(
            KnownTypeNamesSdl,
            schema,
            """
            type B

            type SomeObject implements C {
              e(d: D): E
            }

            union SomeUnion = F | G

            interface SomeInterface {
              i(h: H): I
            }

            input SomeInput {
              j: J
            }

            directive @SomeDirective(k: K) on QUERY

            schema {
              query: L
              mutation: M
              subscription: N
            }
            """,
            Error("Unknown type \"C\". Did you mean \"A\" or \"B\"?", (3, 28)),
            Error("Unknown type \"D\". Did you mean \"A\", \"B\", or \"ID\"?", (4, 8)),
            Error("Unknown type \"E\". Did you mean \"A\" or \"B\"?", (4, 12)),
            Error("Unknown type \"F\". Did you mean \"A\" or \"B\"?", (7, 19)),
            Error("Unknown type \"G\". Did you mean \"A\" or \"B\"?", (7, 23)),
            Error("Unknown type \"H\". Did you mean \"A\" or \"B\"?", (10, 8)),
            Error("Unknown type \"I\". Did you mean \"A\", \"B\", or \"ID\"?", (10, 12)),
            Error("Unknown type \"J\". Did you mean \"A\" or \"B\"?", (14, 6)),
            Error("Unknown type \"K\". Did you mean \"A\" or \"B\"?", (17, 29)),
            Error("Unknown type \"L\". Did you mean \"A\" or \"B\"?", (20, 10)),
            Error("Unknown type \"M\". Did you mean \"A\" or \"B\"?", (21, 13)),
            Error("Unknown type \"N\". Did you mean \"A\" or \"B\"?", (22, 17)));
    }
}
