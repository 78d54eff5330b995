using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's ProvidedRequiredArgumentsRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ValidationRuleFactory ProvidedRequiredArguments = context => new ProvidedRequiredArgumentsRule(context);
    private static readonly SdlValidationRuleFactory ProvidedRequiredArgumentsOnDirectivesSdl = context => new ProvidedRequiredArgumentsOnDirectivesRule(context);

    [Fact]
    public void Ignores_unknown_arguments()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              dog {
                isHouseTrained(unknownArgument: true)
              }
            }
            """);
    }

    [Fact]
    public void Valid_non_nullable_value_Arg_on_optional_arg()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              dog {
                isHouseTrained(atOtherHomes: true)
              }
            }
            """);
    }

    [Fact]
    public void Valid_non_nullable_value_No_Arg_on_optional_arg()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              dog {
                isHouseTrained
              }
            }
            """);
    }

    [Fact]
    public void Valid_non_nullable_value_No_arg_on_non_null_field_with_default()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              complicatedArgs {
                nonNullFieldWithDefault
              }
            }
            """);
    }

    [Fact]
    public void Valid_non_nullable_value_Multiple_args()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req1: 1, req2: 2)
              }
            }
            """);
    }

    [Fact]
    public void Valid_non_nullable_value_Multiple_args_reverse_order()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req2: 2, req1: 1)
              }
            }
            """);
    }

    [Fact]
    public void Valid_non_nullable_value_No_args_on_multiple_optional()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleOpts
              }
            }
            """);
    }

    [Fact]
    public void Valid_non_nullable_value_One_arg_on_multiple_optional()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleOpts(opt1: 1)
              }
            }
            """);
    }

    [Fact]
    public void Valid_non_nullable_value_Second_arg_on_multiple_optional()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleOpts(opt2: 1)
              }
            }
            """);
    }

    [Fact]
    public void Valid_non_nullable_value_Multiple_required_args_on_mixedList()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4)
              }
            }
            """);
    }

    [Fact]
    public void Valid_non_nullable_value_Multiple_required_and_one_optional_arg_on_mixedList()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
              }
            }
            """);
    }

    [Fact]
    public void Valid_non_nullable_value_All_required_and_optional_args_on_mixedList()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
              }
            }
            """);
    }

    [Fact]
    public void Invalid_non_nullable_value_Missing_one_non_nullable_argument()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req2: 2)
              }
            }
            """,
            Error("Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided.", (3, 5)));
    }

    [Fact]
    public void Invalid_non_nullable_value_Missing_multiple_non_nullable_arguments()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs
              }
            }
            """,
            Error("Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
            Error("Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided.", (3, 5)));
    }

    [Fact]
    public void Invalid_non_nullable_value_Incorrect_value_and_missing_argument()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """,
            Error("Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided.", (3, 5)));
    }

    [Fact]
    public void Directive_arguments_ignores_unknown_directives()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              dog @unknown
            }
            """);
    }

    [Fact]
    public void Directive_arguments_with_directives_of_valid_types()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
            }
            """);
    }

    [Fact]
    public void Directive_arguments_with_directive_with_missing_types()
    {
        ExpectErrors(
            ProvidedRequiredArguments,
            TestSchema,
            """
            {
              dog @include {
                name @skip
              }
            }
            """,
            Error("Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
            Error("Argument \"@skip(if:)\" of type \"Boolean!\" is required, but it was not provided.", (3, 10)));
    }

    [Fact]
    public void Within_SDL_Missing_optional_args_on_directive_defined_inside_SDL()
    {
        ExpectSdlErrors(
            ProvidedRequiredArgumentsOnDirectivesSdl,
            null,
            """
            type Query {
              foo: String @test
            }

            directive @test(arg1: String, arg2: String! = "") on FIELD_DEFINITION
            """);
    }

    [Fact]
    public void Within_SDL_Missing_arg_on_directive_defined_inside_SDL()
    {
        ExpectSdlErrors(
            ProvidedRequiredArgumentsOnDirectivesSdl,
            null,
            """
            type Query {
              foo: String @test
            }

            directive @test(arg: String!) on FIELD_DEFINITION
            """,
            Error("Argument \"@test(arg:)\" of type \"String!\" is required, but it was not provided.", (2, 15)));
    }

    [Fact]
    public void Within_SDL_Missing_arg_on_standard_directive()
    {
        ExpectSdlErrors(
            ProvidedRequiredArgumentsOnDirectivesSdl,
            null,
            """
            type Query {
              foo: String @include
            }
            """,
            Error("Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.", (2, 15)));
    }

    [Fact]
    public void Within_SDL_Missing_arg_on_overridden_standard_directive()
    {
        ExpectSdlErrors(
            ProvidedRequiredArgumentsOnDirectivesSdl,
            null,
            """
            type Query {
              foo: String @deprecated
            }
            directive @deprecated(reason: String!) on FIELD
            """,
            Error("Argument \"@deprecated(reason:)\" of type \"String!\" is required, but it was not provided.", (2, 15)));
    }

    [Fact]
    public void Within_SDL_Missing_arg_on_directive_defined_in_schema_extension()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query {
              foo: String
            }
            """);
        ExpectSdlErrors(
            ProvidedRequiredArgumentsOnDirectivesSdl,
            schema,
            """
            directive @test(arg: String!) on OBJECT

            extend type Query  @test
            """,
            Error("Argument \"@test(arg:)\" of type \"String!\" is required, but it was not provided.", (3, 20)));
    }

    [Fact]
    public void Within_SDL_Missing_arg_on_directive_used_in_schema_extension()
    {
        var schema = SchemaBuilder.Build(
            """
            directive @test(arg: String!) on OBJECT

            type Query {
              foo: String
            }
            """);
        ExpectSdlErrors(
            ProvidedRequiredArgumentsOnDirectivesSdl,
            schema,
            """extend type Query @test""",
            Error("Argument \"@test(arg:)\" of type \"String!\" is required, but it was not provided.", (1, 19)));
    }
}
