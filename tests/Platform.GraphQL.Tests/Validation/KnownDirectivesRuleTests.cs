using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's KnownDirectivesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class KnownDirectivesRuleTests
{
    private static readonly ValidationRuleFactory KnownDirectives = context => new KnownDirectivesRule(context);
    private static readonly SdlValidationRuleFactory KnownDirectivesSdl = context => new KnownDirectivesRule(context);

    [Fact]
    public void With_no_directives()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query {
              dummy: String
            }

            directive @onQuery on QUERY
            directive @onMutation on MUTATION
            directive @onSubscription on SUBSCRIPTION
            directive @onField on FIELD
            directive @onFragmentDefinition on FRAGMENT_DEFINITION
            directive @onFragmentSpread on FRAGMENT_SPREAD
            directive @onInlineFragment on INLINE_FRAGMENT
            directive @onVariableDefinition on VARIABLE_DEFINITION
            directive @onFragmentVariableDefinition on FRAGMENT_VARIABLE_DEFINITION
            """);
        ExpectErrors(
            KnownDirectives,
            schema,
            """
            query Foo {
              name
              ...Frag
            }

            fragment Frag on Dog {
              name
            }
            """);
    }

    [Fact]
    public void With_standard_directives()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query {
              dummy: String
            }

            directive @onQuery on QUERY
            directive @onMutation on MUTATION
            directive @onSubscription on SUBSCRIPTION
            directive @onField on FIELD
            directive @onFragmentDefinition on FRAGMENT_DEFINITION
            directive @onFragmentSpread on FRAGMENT_SPREAD
            directive @onInlineFragment on INLINE_FRAGMENT
            directive @onVariableDefinition on VARIABLE_DEFINITION
            directive @onFragmentVariableDefinition on FRAGMENT_VARIABLE_DEFINITION
            """);
        ExpectErrors(
            KnownDirectives,
            schema,
            """
            {
              human @skip(if: false) {
                name
                pets {
                  ... on Dog @include(if: true) {
                    name
                  }
                }
              }
            }
            """);
    }

    [Fact]
    public void With_unknown_directive()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query {
              dummy: String
            }

            directive @onQuery on QUERY
            directive @onMutation on MUTATION
            directive @onSubscription on SUBSCRIPTION
            directive @onField on FIELD
            directive @onFragmentDefinition on FRAGMENT_DEFINITION
            directive @onFragmentSpread on FRAGMENT_SPREAD
            directive @onInlineFragment on INLINE_FRAGMENT
            directive @onVariableDefinition on VARIABLE_DEFINITION
            directive @onFragmentVariableDefinition on FRAGMENT_VARIABLE_DEFINITION
            """);
        ExpectErrors(
            KnownDirectives,
            schema,
            """
            {
              human @unknown(directive: "value") {
                name
              }
            }
            """,
            Error("Unknown directive \"@unknown\".", (2, 9)));
    }

    [Fact]
    public void With_many_unknown_directives()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query {
              dummy: String
            }

            directive @onQuery on QUERY
            directive @onMutation on MUTATION
            directive @onSubscription on SUBSCRIPTION
            directive @onField on FIELD
            directive @onFragmentDefinition on FRAGMENT_DEFINITION
            directive @onFragmentSpread on FRAGMENT_SPREAD
            directive @onInlineFragment on INLINE_FRAGMENT
            directive @onVariableDefinition on VARIABLE_DEFINITION
            directive @onFragmentVariableDefinition on FRAGMENT_VARIABLE_DEFINITION
            """);
        ExpectErrors(
            KnownDirectives,
            schema,
            """
            {
              __typename @unknown
              human @unknown {
                name
                pets @unknown {
                  name
                }
              }
            }
            """,
            Error("Unknown directive \"@unknown\".", (2, 14)),
            Error("Unknown directive \"@unknown\".", (3, 9)),
            Error("Unknown directive \"@unknown\".", (5, 10)));
    }

    [Fact]
    public void Within_SDL_with_directive_defined_inside_SDL()
    {
        ExpectSdlErrors(
            KnownDirectivesSdl,
            null,
            """
            type Query {
              foo: String @test
            }

            directive @test on FIELD_DEFINITION
            """);
    }

    [Fact]
    public void Within_SDL_with_standard_directive()
    {
        ExpectSdlErrors(
            KnownDirectivesSdl,
            null,
            """
            type Query {
              foo: String @deprecated
            }
            """);
    }

    [Fact]
    public void Within_SDL_with_overridden_standard_directive()
    {
        ExpectSdlErrors(
            KnownDirectivesSdl,
            null,
            """
            schema @deprecated {
              query: Query
            }
            directive @deprecated on SCHEMA
            """);
    }

    [Fact]
    public void Within_SDL_with_directive_defined_in_schema_extension()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query {
              foo: String
            }
            """);
        ExpectSdlErrors(
            KnownDirectivesSdl,
            schema,
            """
            directive @test on OBJECT

            extend type Query @test
            """);
    }

    [Fact]
    public void Within_SDL_with_directive_used_in_schema_extension()
    {
        var schema = SchemaBuilder.Build(
            """
            directive @test on OBJECT

            type Query {
              foo: String
            }
            """);
        ExpectSdlErrors(
            KnownDirectivesSdl,
            schema,
            """extend type Query @test""");
    }

    [Fact]
    public void Within_SDL_with_unknown_directive_in_schema_extension()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query {
              foo: String
            }
            """);
        ExpectSdlErrors(
            KnownDirectivesSdl,
            schema,
            """extend type Query @unknown""",
            Error("Unknown directive \"@unknown\".", (1, 19)));
    }

    [Fact]
    public void Within_SDL_with_well_placed_directives()
    {
        var schema = SchemaBuilder.Build(
            """
            directive @onSchema on SCHEMA
            directive @onScalar on SCALAR
            directive @onObject on OBJECT
            directive @onFieldDefinition on FIELD_DEFINITION
            directive @onArgumentDefinition on ARGUMENT_DEFINITION
            directive @onInterface on INTERFACE
            directive @onUnion on UNION
            directive @onEnum on ENUM
            directive @onEnumValue on ENUM_VALUE
            directive @onInputObject on INPUT_OBJECT
            directive @onInputFieldDefinition on INPUT_FIELD_DEFINITION
            """);
        ExpectSdlErrors(
            KnownDirectivesSdl,
            schema,
            """
            type MyObj implements MyInterface @onObject {
              myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
            }

            extend type MyObj @onObject

            scalar MyScalar @onScalar

            extend scalar MyScalar @onScalar

            interface MyInterface @onInterface {
              myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
            }

            extend interface MyInterface @onInterface

            union MyUnion @onUnion = MyObj | Other

            extend union MyUnion @onUnion

            enum MyEnum @onEnum {
              MY_VALUE @onEnumValue
            }

            extend enum MyEnum @onEnum

            input MyInput @onInputObject {
              myField: Int @onInputFieldDefinition
            }

            extend input MyInput @onInputObject

            schema @onSchema {
              query: MyQuery
            }

            directive @myDirective(arg:String) on ARGUMENT_DEFINITION
            directive @myDirective2(arg:String @myDirective) on FIELD

            extend schema @onSchema
            """);
    }

    [Fact]
    public void Within_SDL_with_misplaced_directives()
    {
        var schema = SchemaBuilder.Build(
            """
            directive @onSchema on SCHEMA
            directive @onScalar on SCALAR
            directive @onObject on OBJECT
            directive @onFieldDefinition on FIELD_DEFINITION
            directive @onArgumentDefinition on ARGUMENT_DEFINITION
            directive @onInterface on INTERFACE
            directive @onUnion on UNION
            directive @onEnum on ENUM
            directive @onEnumValue on ENUM_VALUE
            directive @onInputObject on INPUT_OBJECT
            directive @onInputFieldDefinition on INPUT_FIELD_DEFINITION
            """);
        ExpectSdlErrors(
            KnownDirectivesSdl,
            schema,
            """
            type MyObj implements MyInterface @onInterface {
              myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
            }

            scalar MyScalar @onEnum

            interface MyInterface @onObject {
              myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
            }

            union MyUnion @onEnumValue = MyObj | Other

            enum MyEnum @onScalar {
              MY_VALUE @onUnion
            }

            input MyInput @onEnum {
              myField: Int @onArgumentDefinition
            }

            schema @onObject {
              query: MyQuery
            }

            extend schema @onObject
            """,
            Error("Directive \"@onInterface\" may not be used on OBJECT.", (1, 35)),
            Error("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", (2, 22)),
            Error("Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION.", (2, 55)),
            Error("Directive \"@onEnum\" may not be used on SCALAR.", (5, 17)),
            Error("Directive \"@onObject\" may not be used on INTERFACE.", (7, 23)),
            Error("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", (8, 22)),
            Error("Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION.", (8, 55)),
            Error("Directive \"@onEnumValue\" may not be used on UNION.", (11, 15)),
            Error("Directive \"@onScalar\" may not be used on ENUM.", (13, 13)),
            Error("Directive \"@onUnion\" may not be used on ENUM_VALUE.", (14, 12)),
            Error("Directive \"@onEnum\" may not be used on INPUT_OBJECT.", (17, 15)),
            Error("Directive \"@onArgumentDefinition\" may not be used on INPUT_FIELD_DEFINITION.", (18, 16)),
            Error("Directive \"@onObject\" may not be used on SCHEMA.", (21, 8)),
            Error("Directive \"@onObject\" may not be used on SCHEMA.", (25, 15)));
    }
}
