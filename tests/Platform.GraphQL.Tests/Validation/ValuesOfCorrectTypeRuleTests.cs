using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's ValuesOfCorrectTypeRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValidationRuleFactory ValuesOfCorrectType = context => new ValuesOfCorrectTypeRule(context);

    [Fact]
    public void Valid_values_Good_int_value()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: 2)
              }
            }
            """);
    }

    [Fact]
    public void Valid_values_Good_negative_int_value()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: -2)
              }
            }
            """);
    }

    [Fact]
    public void Valid_values_Good_boolean_value()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: true)
              }
            }
            """);
    }

    [Fact]
    public void Valid_values_Good_string_value()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: "foo")
              }
            }
            """);
    }

    [Fact]
    public void Valid_values_Good_float_value()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: 1.1)
              }
            }
            """);
    }

    [Fact]
    public void Valid_values_Good_negative_float_value()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: -1.1)
              }
            }
            """);
    }

    [Fact]
    public void Valid_values_Int_into_Float()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: 1)
              }
            }
            """);
    }

    [Fact]
    public void Valid_values_Int_into_ID()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                idArgField(idArg: 1)
              }
            }
            """);
    }

    [Fact]
    public void Valid_values_String_into_ID()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                idArgField(idArg: "someIdString")
              }
            }
            """);
    }

    [Fact]
    public void Valid_values_Good_enum_value()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
            }
            """);
    }

    [Fact]
    public void Valid_values_Enum_with_undefined_value()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                enumArgField(enumArg: UNKNOWN)
              }
            }
            """);
    }

    [Fact]
    public void Valid_values_Enum_with_null_value()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                enumArgField(enumArg: NO_FUR)
              }
            }
            """);
    }

    [Fact]
    public void Valid_values_null_into_nullable_type()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: null)
              }
            }
            """);
    }

    [Fact]
    public void Valid_values_null_into_nullable_type_2()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              dog(a: null, b: null, c:{ requiredField: true, intField: null }) {
                name
              }
            }
            """);
    }

    [Fact]
    public void Invalid_String_values_Int_into_String()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: 1)
              }
            }
            """,
            Error("String cannot represent a non string value: 1", (3, 31)));
    }

    [Fact]
    public void Invalid_String_values_Float_into_String()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: 1.0)
              }
            }
            """,
            Error("String cannot represent a non string value: 1.0", (3, 31)));
    }

    [Fact]
    public void Invalid_String_values_Boolean_into_String()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: true)
              }
            }
            """,
            Error("String cannot represent a non string value: true", (3, 31)));
    }

    [Fact]
    public void Invalid_String_values_Unquoted_String_into_String()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: BAR)
              }
            }
            """,
            Error("String cannot represent a non string value: BAR", (3, 31)));
    }

    [Fact]
    public void Invalid_Int_values_String_into_Int()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: "3")
              }
            }
            """,
            Error("Int cannot represent non-integer value: \"3\"", (3, 25)));
    }

    [Fact]
    public void Invalid_Int_values_Big_Int_into_Int()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: 829384293849283498239482938)
              }
            }
            """,
            Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (3, 25)));
    }

    [Fact]
    public void Invalid_Int_values_Unquoted_String_into_Int()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: FOO)
              }
            }
            """,
            Error("Int cannot represent non-integer value: FOO", (3, 25)));
    }

    [Fact]
    public void Invalid_Int_values_Simple_Float_into_Int()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: 3.0)
              }
            }
            """,
            Error("Int cannot represent non-integer value: 3.0", (3, 25)));
    }

    [Fact]
    public void Invalid_Int_values_Float_into_Int()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: 3.333)
              }
            }
            """,
            Error("Int cannot represent non-integer value: 3.333", (3, 25)));
    }

    [Fact]
    public void Invalid_Float_values_String_into_Float()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: "3.333")
              }
            }
            """,
            Error("Float cannot represent non numeric value: \"3.333\"", (3, 29)));
    }

    [Fact]
    public void Invalid_Float_values_Boolean_into_Float()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: true)
              }
            }
            """,
            Error("Float cannot represent non numeric value: true", (3, 29)));
    }

    [Fact]
    public void Invalid_Float_values_Unquoted_into_Float()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: FOO)
              }
            }
            """,
            Error("Float cannot represent non numeric value: FOO", (3, 29)));
    }

    [Fact]
    public void Invalid_Boolean_value_Int_into_Boolean()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: 2)
              }
            }
            """,
            Error("Boolean cannot represent a non boolean value: 2", (3, 33)));
    }

    [Fact]
    public void Invalid_Boolean_value_Float_into_Boolean()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: 1.0)
              }
            }
            """,
            Error("Boolean cannot represent a non boolean value: 1.0", (3, 33)));
    }

    [Fact]
    public void Invalid_Boolean_value_String_into_Boolean()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: "true")
              }
            }
            """,
            Error("Boolean cannot represent a non boolean value: \"true\"", (3, 33)));
    }

    [Fact]
    public void Invalid_Boolean_value_Unquoted_into_Boolean()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: TRUE)
              }
            }
            """,
            Error("Boolean cannot represent a non boolean value: TRUE", (3, 33)));
    }

    [Fact]
    public void Invalid_ID_value_Float_into_ID()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                idArgField(idArg: 1.0)
              }
            }
            """,
            Error("ID cannot represent a non-string and non-integer value: 1.0", (3, 23)));
    }

    [Fact]
    public void Invalid_ID_value_Boolean_into_ID()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                idArgField(idArg: true)
              }
            }
            """,
            Error("ID cannot represent a non-string and non-integer value: true", (3, 23)));
    }

    [Fact]
    public void Invalid_ID_value_Unquoted_into_ID()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                idArgField(idArg: SOMETHING)
              }
            }
            """,
            Error("ID cannot represent a non-string and non-integer value: SOMETHING", (3, 23)));
    }

    [Fact]
    public void Invalid_Enum_value_Int_into_Enum()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: 2)
              }
            }
            """,
            Error("Enum \"DogCommand\" cannot represent non-enum value: 2.", (3, 33)));
    }

    [Fact]
    public void Invalid_Enum_value_Float_into_Enum()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: 1.0)
              }
            }
            """,
            Error("Enum \"DogCommand\" cannot represent non-enum value: 1.0.", (3, 33)));
    }

    [Fact]
    public void Invalid_Enum_value_String_into_Enum()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: "SIT")
              }
            }
            """,
            Error("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (3, 33)));
    }

    [Fact]
    public void Invalid_Enum_value_String_into_Enum_no_suggestion()
    {
        ExpectErrorsHidingSuggestions(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: "SIT")
              }
            }
            """,
            Error("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\".", (3, 33)));
    }

    [Fact]
    public void Invalid_Enum_value_Boolean_into_Enum()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: true)
              }
            }
            """,
            Error("Enum \"DogCommand\" cannot represent non-enum value: true.", (3, 33)));
    }

    [Fact]
    public void Invalid_Enum_value_Unknown_Enum_Value_into_Enum()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: JUGGLE)
              }
            }
            """,
            Error("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (3, 33)));
    }

    [Fact]
    public void Invalid_Enum_value_Different_case_Enum_Value_into_Enum()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: sit)
              }
            }
            """,
            Error("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (3, 33)));
    }

    [Fact]
    public void Invalid_Enum_value_Different_case_Enum_Value_into_Enum_no_suggestion()
    {
        ExpectErrorsHidingSuggestions(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: sit)
              }
            }
            """,
            Error("Value \"sit\" does not exist in \"DogCommand\" enum.", (3, 33)));
    }

    [Fact]
    public void Valid_List_value_Good_list_value()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", null, "two"])
              }
            }
            """);
    }

    [Fact]
    public void Valid_List_value_Empty_list_value()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: [])
              }
            }
            """);
    }

    [Fact]
    public void Valid_List_value_Null_value()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: null)
              }
            }
            """);
    }

    [Fact]
    public void Valid_List_value_Single_value_into_List()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: "one")
              }
            }
            """);
    }

    [Fact]
    public void Invalid_List_value_Incorrect_item_type()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", 2])
              }
            }
            """,
            Error("String cannot represent a non string value: 2", (3, 47)));
    }

    [Fact]
    public void Invalid_List_value_Single_value_of_incorrect_type()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: 1)
              }
            }
            """,
            Error("String cannot represent a non string value: 1", (3, 39)));
    }

    [Fact]
    public void Valid_non_nullable_value_Arg_on_optional_arg()
    {
        ExpectErrors(
            ValuesOfCorrectType,
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
            ValuesOfCorrectType,
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
    public void Valid_non_nullable_value_Multiple_args()
    {
        ExpectErrors(
            ValuesOfCorrectType,
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
            ValuesOfCorrectType,
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
            ValuesOfCorrectType,
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
            ValuesOfCorrectType,
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
            ValuesOfCorrectType,
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
            ValuesOfCorrectType,
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
            ValuesOfCorrectType,
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
            ValuesOfCorrectType,
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
    public void Invalid_non_nullable_value_Incorrect_value_type()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req2: "two", req1: "one")
              }
            }
            """,
            Error("Int cannot represent non-integer value: \"two\"", (3, 24)),
            Error("Int cannot represent non-integer value: \"one\"", (3, 37)));
    }

    [Fact]
    public void Invalid_non_nullable_value_Incorrect_value_and_missing_argument_ProvidedRequiredArgumentsRule()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """,
            Error("Int cannot represent non-integer value: \"one\"", (3, 24)));
    }

    [Fact]
    public void Invalid_non_nullable_value_Null_value()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req1: null)
              }
            }
            """,
            Error("Expected value of non-null type \"Int!\" not to be null.", (3, 24)));
    }

    [Fact]
    public void Valid_input_object_value_Optional_arg_despite_required_field_in_type()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                complexArgField
              }
            }
            """);
    }

    [Fact]
    public void Valid_input_object_value_Partial_object_only_required()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true })
              }
            }
            """);
    }

    [Fact]
    public void Valid_input_object_value_Partial_object_required_field_can_be_falsy()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: false })
              }
            }
            """);
    }

    [Fact]
    public void Valid_input_object_value_Partial_object_including_required()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, intField: 4 })
              }
            }
            """);
    }

    [Fact]
    public void Valid_input_object_value_Full_object()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  intField: 4,
                  stringField: "foo",
                  booleanField: false,
                  stringListField: ["one", "two"]
                })
              }
            }
            """);
    }

    [Fact]
    public void Valid_input_object_value_Full_object_with_fields_in_different_order()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", "two"],
                  booleanField: false,
                  requiredField: true,
                  stringField: "foo",
                  intField: 4,
                })
              }
            }
            """);
    }

    [Fact]
    public void Valid_oneOf_input_object_value_Exactly_one_field()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc" })
              }
            }
            """);
    }

    [Fact]
    public void Valid_oneOf_input_object_value_Exactly_one_non_nullable_variable()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            query ($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """);
    }

    [Fact]
    public void Invalid_input_object_value_Partial_object_missing_required()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { intField: 4 })
              }
            }
            """,
            Error("Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 4 }.", (3, 33)));
    }

    [Fact]
    public void Invalid_input_object_value_Partial_object_invalid_field_type()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", 2],
                  requiredField: true,
                })
              }
            }
            """,
            Error("String cannot represent a non string value: 2", (4, 32)));
    }

    [Fact]
    public void Invalid_input_object_value_Partial_object_null_to_non_null_field()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  nonNullField: null,
                })
              }
            }
            """,
            Error("Expected value of non-null type \"Boolean!\" not to be null.", (5, 21)));
    }

    [Fact]
    public void Invalid_input_object_value_Partial_object_unknown_field_arg()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  invalidField: "value"
                })
              }
            }
            """,
            Error("Expected value of type \"ComplexInput\" not to include unknown field \"invalidField\". Did you mean \"intField\"? Found: { requiredField: true, invalidField: \"value\" }.", (5, 7)));
    }

    [Fact]
    public void Invalid_input_object_value_Partial_object_unknown_field_arg_no_suggestions()
    {
        ExpectErrorsHidingSuggestions(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  invalidField: "value"
                })
              }
            }
            """,
            Error("Expected value of type \"ComplexInput\" not to include unknown field \"invalidField\", found: { requiredField: true, invalidField: \"value\" }.", (5, 7)));
    }

    [Fact]
    public void Invalid_oneOf_input_object_value_Invalid_field_type()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: 2 })
              }
            }
            """,
            Error("String cannot represent a non string value: 2", (3, 44)));
    }

    [Fact]
    public void Invalid_oneOf_input_object_value_Exactly_one_null_field()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: null })
              }
            }
            """,
            Error("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", (3, 29)));
    }

    [Fact]
    public void Invalid_oneOf_input_object_value_More_than_one_field()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
              }
            }
            """,
            Error("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", (3, 29)));
    }

    [Fact]
    public void Directive_arguments_with_directives_of_valid_types()
    {
        ExpectErrors(
            ValuesOfCorrectType,
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
    public void Directive_arguments_with_directive_with_incorrect_types()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            {
              dog @include(if: "yes") {
                name @skip(if: ENUM)
              }
            }
            """,
            Error("Boolean cannot represent a non boolean value: \"yes\"", (2, 20)),
            Error("Boolean cannot represent a non boolean value: ENUM", (3, 20)));
    }

    [Fact]
    public void Variable_default_values_variables_with_valid_default_values()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            query WithDefaultValues(
              $a: Int = 1,
              $b: String = "ok",
              $c: ComplexInput = { requiredField: true, intField: 3 }
              $d: Int! = 123
            ) {
              dog { name }
            }
            """);
    }

    [Fact]
    public void Variable_default_values_variables_with_valid_default_null_values()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            query WithDefaultValues(
              $a: Int = null,
              $b: String = null,
              $c: ComplexInput = { requiredField: true, intField: null }
            ) {
              dog { name }
            }
            """);
    }

    [Fact]
    public void Variable_default_values_variables_with_invalid_default_null_values()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            query WithDefaultValues(
              $a: Int! = null,
              $b: String! = null,
              $c: ComplexInput = { requiredField: null, intField: null }
            ) {
              dog { name }
            }
            """,
            Error("Expected value of non-null type \"Int!\" not to be null.", (2, 14)),
            Error("Expected value of non-null type \"String!\" not to be null.", (3, 17)),
            Error("Expected value of non-null type \"Boolean!\" not to be null.", (4, 39)));
    }

    [Fact]
    public void Variable_default_values_variables_with_invalid_default_values()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            query InvalidDefaultValues(
              $a: Int = "one",
              $b: String = 4,
              $c: ComplexInput = "NotVeryComplex"
            ) {
              dog { name }
            }
            """,
            Error("Int cannot represent non-integer value: \"one\"", (2, 13)),
            Error("String cannot represent a non string value: 4", (3, 16)),
            Error("Expected value of type \"ComplexInput\" to be an object, found: \"NotVeryComplex\".", (4, 22)));
    }

    [Fact]
    public void Variable_default_values_variables_with_complex_invalid_default_values()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            query WithDefaultValues(
              $a: ComplexInput = { requiredField: 123, intField: "abc" }
            ) {
              dog { name }
            }
            """,
            Error("Boolean cannot represent a non boolean value: 123", (2, 39)),
            Error("Int cannot represent non-integer value: \"abc\"", (2, 54)));
    }

    [Fact]
    public void Variable_default_values_complex_variables_missing_required_field()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            query MissingRequiredField($a: ComplexInput = {intField: 3}) {
              dog { name }
            }
            """,
            Error("Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 3 }.", (1, 47)));
    }

    [Fact]
    public void Variable_default_values_list_variables_with_invalid_item()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            query InvalidItem($a: [String] = ["one", 2]) {
              dog { name }
            }
            """,
            Error("String cannot represent a non string value: 2", (1, 42)));
    }
}
