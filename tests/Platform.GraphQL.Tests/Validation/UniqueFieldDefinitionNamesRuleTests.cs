using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's UniqueFieldDefinitionNamesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class UniqueFieldDefinitionNamesRuleTests
{
    private static readonly SdlValidationRuleFactory UniqueFieldDefinitionNamesSdl = context => new UniqueFieldDefinitionNamesRule(context);

    [Fact]
    public void No_fields()
    {
        ExpectSdlErrors(
            UniqueFieldDefinitionNamesSdl,
            null,
            """
            type SomeObject
            interface SomeInterface
            input SomeInputObject
            """);
    }

    [Fact]
    public void One_field()
    {
        ExpectSdlErrors(
            UniqueFieldDefinitionNamesSdl,
            null,
            """
            type SomeObject {
              foo: String
            }

            interface SomeInterface {
              foo: String
            }

            input SomeInputObject {
              foo: String
            }
            """);
    }

    [Fact]
    public void Multiple_fields()
    {
        ExpectSdlErrors(
            UniqueFieldDefinitionNamesSdl,
            null,
            """
            type SomeObject {
              foo: String
              bar: String
            }

            interface SomeInterface {
              foo: String
              bar: String
            }

            input SomeInputObject {
              foo: String
              bar: String
            }
            """);
    }

    [Fact]
    public void Duplicate_fields_inside_the_same_type_definition()
    {
        ExpectSdlErrors(
            UniqueFieldDefinitionNamesSdl,
            null,
            """
            type SomeObject {
              foo: String
              bar: String
              foo: String
            }

            interface SomeInterface {
              foo: String
              bar: String
              foo: String
            }

            input SomeInputObject {
              foo: String
              bar: String
              foo: String
            }
            """,
            Error("Field \"SomeObject.foo\" can only be defined once.", (2, 3), (4, 3)),
            Error("Field \"SomeInterface.foo\" can only be defined once.", (8, 3), (10, 3)),
            Error("Field \"SomeInputObject.foo\" can only be defined once.", (14, 3), (16, 3)));
    }

    [Fact]
    public void Extend_type_with_new_field()
    {
        ExpectSdlErrors(
            UniqueFieldDefinitionNamesSdl,
            null,
            """
            type SomeObject {
              foo: String
            }
            extend type SomeObject {
              bar: String
            }
            extend type SomeObject {
              baz: String
            }

            interface SomeInterface {
              foo: String
            }
            extend interface SomeInterface {
              bar: String
            }
            extend interface SomeInterface {
              baz: String
            }

            input SomeInputObject {
              foo: String
            }
            extend input SomeInputObject {
              bar: String
            }
            extend input SomeInputObject {
              baz: String
            }
            """);
    }

    [Fact]
    public void Extend_type_with_duplicate_field()
    {
        ExpectSdlErrors(
            UniqueFieldDefinitionNamesSdl,
            null,
            """
            extend type SomeObject {
              foo: String
            }
            type SomeObject {
              foo: String
            }

            extend interface SomeInterface {
              foo: String
            }
            interface SomeInterface {
              foo: String
            }

            extend input SomeInputObject {
              foo: String
            }
            input SomeInputObject {
              foo: String
            }
            """,
            Error("Field \"SomeObject.foo\" can only be defined once.", (2, 3), (5, 3)),
            Error("Field \"SomeInterface.foo\" can only be defined once.", (9, 3), (12, 3)),
            Error("Field \"SomeInputObject.foo\" can only be defined once.", (16, 3), (19, 3)));
    }

    [Fact]
    public void Duplicate_field_inside_extension()
    {
        ExpectSdlErrors(
            UniqueFieldDefinitionNamesSdl,
            null,
            """
            type SomeObject
            extend type SomeObject {
              foo: String
              bar: String
              foo: String
            }

            interface SomeInterface
            extend interface SomeInterface {
              foo: String
              bar: String
              foo: String
            }

            input SomeInputObject
            extend input SomeInputObject {
              foo: String
              bar: String
              foo: String
            }
            """,
            Error("Field \"SomeObject.foo\" can only be defined once.", (3, 3), (5, 3)),
            Error("Field \"SomeInterface.foo\" can only be defined once.", (10, 3), (12, 3)),
            Error("Field \"SomeInputObject.foo\" can only be defined once.", (17, 3), (19, 3)));
    }

    [Fact]
    public void Duplicate_field_inside_different_extensions()
    {
        ExpectSdlErrors(
            UniqueFieldDefinitionNamesSdl,
            null,
            """
            type SomeObject
            extend type SomeObject {
              foo: String
            }
            extend type SomeObject {
              foo: String
            }

            interface SomeInterface
            extend interface SomeInterface {
              foo: String
            }
            extend interface SomeInterface {
              foo: String
            }

            input SomeInputObject
            extend input SomeInputObject {
              foo: String
            }
            extend input SomeInputObject {
              foo: String
            }
            """,
            Error("Field \"SomeObject.foo\" can only be defined once.", (3, 3), (6, 3)),
            Error("Field \"SomeInterface.foo\" can only be defined once.", (11, 3), (14, 3)),
            Error("Field \"SomeInputObject.foo\" can only be defined once.", (19, 3), (22, 3)));
    }

    [Fact]
    public void Adding_new_field_to_the_type_inside_existing_schema()
    {
        var schema = SchemaBuilder.Build(
            """
            type SomeObject
            interface SomeInterface
            input SomeInputObject
            """);
        ExpectSdlErrors(
            UniqueFieldDefinitionNamesSdl,
            schema,
            """
            extend type SomeObject {
              foo: String
            }

            extend interface SomeInterface {
              foo: String
            }

            extend input SomeInputObject {
              foo: String
            }
            """);
    }

    [Fact]
    public void Adding_conflicting_fields_to_existing_schema_twice()
    {
        var schema = SchemaBuilder.Build(
            """
            type SomeObject {
              foo: String
            }

            interface SomeInterface {
              foo: String
            }

            input SomeInputObject {
              foo: String
            }
            """);
        ExpectSdlErrors(
            UniqueFieldDefinitionNamesSdl,
            schema,
            """
            extend type SomeObject {
              foo: String
            }
            extend interface SomeInterface {
              foo: String
            }
            extend input SomeInputObject {
              foo: String
            }

            extend type SomeObject {
              foo: String
            }
            extend interface SomeInterface {
              foo: String
            }
            extend input SomeInputObject {
              foo: String
            }
            """,
            Error("Field \"SomeObject.foo\" already exists in the schema. It cannot also be defined in this type extension.", (2, 3)),
            Error("Field \"SomeInterface.foo\" already exists in the schema. It cannot also be defined in this type extension.", (5, 3)),
            Error("Field \"SomeInputObject.foo\" already exists in the schema. It cannot also be defined in this type extension.", (8, 3)),
            Error("Field \"SomeObject.foo\" already exists in the schema. It cannot also be defined in this type extension.", (12, 3)),
            Error("Field \"SomeInterface.foo\" already exists in the schema. It cannot also be defined in this type extension.", (15, 3)),
            Error("Field \"SomeInputObject.foo\" already exists in the schema. It cannot also be defined in this type extension.", (18, 3)));
    }

    [Fact]
    public void Adding_fields_to_existing_schema_twice()
    {
        var schema = SchemaBuilder.Build(
            """
            type SomeObject
            interface SomeInterface
            input SomeInputObject
            """);
        ExpectSdlErrors(
            UniqueFieldDefinitionNamesSdl,
            schema,
            """
            extend type SomeObject {
              foo: String
            }
            extend type SomeObject {
              foo: String
            }

            extend interface SomeInterface {
              foo: String
            }
            extend interface SomeInterface {
              foo: String
            }

            extend input SomeInputObject {
              foo: String
            }
            extend input SomeInputObject {
              foo: String
            }
            """,
            Error("Field \"SomeObject.foo\" can only be defined once.", (2, 3), (5, 3)),
            Error("Field \"SomeInterface.foo\" can only be defined once.", (9, 3), (12, 3)),
            Error("Field \"SomeInputObject.foo\" can only be defined once.", (16, 3), (19, 3)));
    }
}
