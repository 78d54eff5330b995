using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's KnownArgumentNamesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class KnownArgumentNamesRuleTests
{
    private static readonly ValidationRuleFactory KnownArgumentNames = context => new KnownArgumentNamesRule(context);
    private static readonly SdlValidationRuleFactory KnownArgumentNamesOnDirectivesSdl = context => new KnownArgumentNamesOnDirectivesRule(context);

    [Fact]
    public void Single_arg_is_known()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """);
    }

    [Fact]
    public void Multiple_args_are_known()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            fragment multipleArgs on ComplicatedArgs {
              multipleReqs(req1: 1, req2: 2)
            }
            """);
    }

    [Fact]
    public void Ignores_args_of_unknown_fields()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            fragment argOnUnknownField on Dog {
              unknownField(unknownArg: SIT)
            }
            """);
    }

    [Fact]
    public void Multiple_args_in_reverse_order_are_known()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            fragment multipleArgsReverseOrder on ComplicatedArgs {
              multipleReqs(req2: 2, req1: 1)
            }
            """);
    }

    [Fact]
    public void No_args_on_optional_arg()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            fragment noArgOnOptionalArg on Dog {
              isHouseTrained
            }
            """);
    }

    [Fact]
    public void Args_are_known_deeply()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
              human {
                pet {
                  ... on Dog {
                    doesKnowCommand(dogCommand: SIT)
                  }
                }
              }
            }
            """);
    }

    [Fact]
    public void Directive_args_are_known()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            {
              dog @skip(if: true)
            }
            """);
    }

    [Fact]
    public void Field_args_are_invalid()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            {
              dog @skip(unless: true)
            }
            """,
            Error("Unknown argument \"unless\" on directive \"@skip\".", (2, 13)));
    }

    [Fact]
    public void Directive_without_args_is_valid()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            {
              dog @onField
            }
            """);
    }

    [Fact]
    public void Arg_passed_to_directive_without_arg_is_reported()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            {
              dog @onField(if: true)
            }
            """,
            Error("Unknown argument \"if\" on directive \"@onField\".", (2, 16)));
    }

    [Fact]
    public void Misspelled_directive_args_are_reported()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            {
              dog @skip(iff: true)
            }
            """,
            Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (2, 13)));
    }

    [Fact]
    public void Misspelled_directive_args_are_reported_no_suggestions()
    {
        ExpectErrorsHidingSuggestions(
            KnownArgumentNames,
            TestSchema,
            """
            {
              dog @skip(iff: true)
            }
            """,
            Error("Unknown argument \"iff\" on directive \"@skip\".", (2, 13)));
    }

    [Fact]
    public void Invalid_arg_name()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(unknown: true)
            }
            """,
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 19)));
    }

    [Fact]
    public void Misspelled_arg_name_is_reported()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(DogCommand: true)
            }
            """,
            Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));
    }

    [Fact]
    public void Misspelled_arg_name_is_reported_no_suggestions()
    {
        ExpectErrorsHidingSuggestions(
            KnownArgumentNames,
            TestSchema,
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(DogCommand: true)
            }
            """,
            Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\".", (2, 19)));
    }

    [Fact]
    public void Unknown_args_amongst_known_args()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            fragment oneGoodArgOneInvalidArg on Dog {
              doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
            }
            """,
            Error("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (2, 19)),
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 49)));
    }

    [Fact]
    public void Unknown_args_deeply()
    {
        ExpectErrors(
            KnownArgumentNames,
            TestSchema,
            """
            {
              dog {
                doesKnowCommand(unknown: true)
              }
              human {
                pet {
                  ... on Dog {
                    doesKnowCommand(unknown: true)
                  }
                }
              }
            }
            """,
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 21)),
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (8, 25)));
    }

    [Fact]
    public void Within_SDL_known_arg_on_directive_defined_inside_SDL()
    {
        ExpectSdlErrors(
            KnownArgumentNamesOnDirectivesSdl,
            null,
            """
            type Query {
              foo: String @test(arg: "")
            }

            directive @test(arg: String) on FIELD_DEFINITION
            """);
    }

    [Fact]
    public void Within_SDL_unknown_arg_on_directive_defined_inside_SDL()
    {
        ExpectSdlErrors(
            KnownArgumentNamesOnDirectivesSdl,
            null,
            """
            type Query {
              foo: String @test(unknown: "")
            }

            directive @test(arg: String) on FIELD_DEFINITION
            """,
            Error("Unknown argument \"unknown\" on directive \"@test\".", (2, 21)));
    }

    [Fact]
    public void Within_SDL_misspelled_arg_name_is_reported_on_directive_defined_inside_SDL()
    {
        ExpectSdlErrors(
            KnownArgumentNamesOnDirectivesSdl,
            null,
            """
            type Query {
              foo: String @test(agr: "")
            }

            directive @test(arg: String) on FIELD_DEFINITION
            """,
            Error("Unknown argument \"agr\" on directive \"@test\". Did you mean \"arg\"?", (2, 21)));
    }

    [Fact]
    public void Within_SDL_unknown_arg_on_standard_directive()
    {
        ExpectSdlErrors(
            KnownArgumentNamesOnDirectivesSdl,
            null,
            """
            type Query {
              foo: String @deprecated(unknown: "")
            }
            """,
            Error("Unknown argument \"unknown\" on directive \"@deprecated\".", (2, 27)));
    }

    [Fact]
    public void Within_SDL_unknown_arg_on_overridden_standard_directive()
    {
        ExpectSdlErrors(
            KnownArgumentNamesOnDirectivesSdl,
            null,
            """
            type Query {
              foo: String @deprecated(reason: "")
            }
            directive @deprecated(arg: String) on FIELD
            """,
            Error("Unknown argument \"reason\" on directive \"@deprecated\".", (2, 27)));
    }

    [Fact]
    public void Within_SDL_unknown_arg_on_directive_defined_in_schema_extension()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query {
              foo: String
            }
            """);
        ExpectSdlErrors(
            KnownArgumentNamesOnDirectivesSdl,
            schema,
            """
            directive @test(arg: String) on OBJECT

            extend type Query  @test(unknown: "")
            """,
            Error("Unknown argument \"unknown\" on directive \"@test\".", (3, 26)));
    }

    [Fact]
    public void Within_SDL_unknown_arg_on_directive_used_in_schema_extension()
    {
        var schema = SchemaBuilder.Build(
            """
            directive @test(arg: String) on OBJECT

            type Query {
              foo: String
            }
            """);
        ExpectSdlErrors(
            KnownArgumentNamesOnDirectivesSdl,
            schema,
            """extend type Query @test(unknown: "")""",
            Error("Unknown argument \"unknown\" on directive \"@test\".", (1, 25)));
    }
}
