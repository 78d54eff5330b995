using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's UniqueEnumValueNamesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class UniqueEnumValueNamesRuleTests
{
    private static readonly SdlValidationRuleFactory UniqueEnumValueNamesSdl = context => new UniqueEnumValueNamesRule(context);

    [Fact]
    public void No_values()
    {
        ExpectSdlErrors(
            UniqueEnumValueNamesSdl,
            null,
            """enum SomeEnum""");
    }

    [Fact]
    public void One_value()
    {
        ExpectSdlErrors(
            UniqueEnumValueNamesSdl,
            null,
            """
            enum SomeEnum {
              FOO
            }
            """);
    }

    [Fact]
    public void Multiple_values()
    {
        ExpectSdlErrors(
            UniqueEnumValueNamesSdl,
            null,
            """
            enum SomeEnum {
              FOO
              BAR
            }
            """);
    }

    [Fact]
    public void Duplicate_values_inside_the_same_enum_definition()
    {
        ExpectSdlErrors(
            UniqueEnumValueNamesSdl,
            null,
            """
            enum SomeEnum {
              FOO
              BAR
              FOO
            }
            """,
            Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (2, 3), (4, 3)));
    }

    [Fact]
    public void Extend_enum_with_new_value()
    {
        ExpectSdlErrors(
            UniqueEnumValueNamesSdl,
            null,
            """
            enum SomeEnum {
              FOO
            }
            extend enum SomeEnum {
              BAR
            }
            extend enum SomeEnum {
              BAZ
            }
            """);
    }

    [Fact]
    public void Extend_enum_with_duplicate_value()
    {
        ExpectSdlErrors(
            UniqueEnumValueNamesSdl,
            null,
            """
            extend enum SomeEnum {
              FOO
            }
            enum SomeEnum {
              FOO
            }
            """,
            Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (2, 3), (5, 3)));
    }

    [Fact]
    public void Duplicate_value_inside_extension()
    {
        ExpectSdlErrors(
            UniqueEnumValueNamesSdl,
            null,
            """
            enum SomeEnum
            extend enum SomeEnum {
              FOO
              BAR
              FOO
            }
            """,
            Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (3, 3), (5, 3)));
    }

    [Fact]
    public void Duplicate_value_inside_different_extensions()
    {
        ExpectSdlErrors(
            UniqueEnumValueNamesSdl,
            null,
            """
            enum SomeEnum
            extend enum SomeEnum {
              FOO
            }
            extend enum SomeEnum {
              FOO
            }
            """,
            Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (3, 3), (6, 3)));
    }

    [Fact]
    public void Adding_new_value_to_the_type_inside_existing_schema()
    {
        var schema = SchemaBuilder.Build(
            """enum SomeEnum""");
        ExpectSdlErrors(
            UniqueEnumValueNamesSdl,
            schema,
            """
            extend enum SomeEnum {
              FOO
            }
            """);
    }

    [Fact]
    public void Adding_conflicting_value_to_existing_schema_twice()
    {
        var schema = SchemaBuilder.Build(
            """
            enum SomeEnum {
              FOO
            }
            """);
        ExpectSdlErrors(
            UniqueEnumValueNamesSdl,
            schema,
            """
            extend enum SomeEnum {
              FOO
            }
            extend enum SomeEnum {
              FOO
            }
            """,
            Error("Enum value \"SomeEnum.FOO\" already exists in the schema. It cannot also be defined in this type extension.", (2, 3)),
            Error("Enum value \"SomeEnum.FOO\" already exists in the schema. It cannot also be defined in this type extension.", (5, 3)));
    }

    [Fact]
    public void Adding_enum_values_to_existing_schema_twice()
    {
        var schema = SchemaBuilder.Build(
            """enum SomeEnum""");
        ExpectSdlErrors(
            UniqueEnumValueNamesSdl,
            schema,
            """
            extend enum SomeEnum {
              FOO
            }
            extend enum SomeEnum {
              FOO
            }
            """,
            Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (2, 3), (5, 3)));
    }
}
