using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.RuleHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The cases of graphql-js's UniqueFieldDefinitionNamesRule-test.ts, with the errors graphql-js 17.1.0 reports for them.
/// </summary>
public sealed class UniqueFieldDefinitionNamesRuleTests
{
    private static readonly SdlValidationRuleFactory Rule = context => new UniqueFieldDefinitionNamesRule(context);

    private static readonly Schema Schema1 = SchemaBuilder.Build(
        """
        type SomeObject
        interface SomeInterface
        input SomeInputObject
        """);

    private static readonly Schema Schema2 = SchemaBuilder.Build(
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

    [Fact]
    public void NoFields()
    {
        ExpectValidSdl(
            Rule,
            """
            type SomeObject
            interface SomeInterface
            input SomeInputObject
            """);
    }

    [Fact]
    public void OneField()
    {
        ExpectValidSdl(
            Rule,
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
    public void MultipleFields()
    {
        ExpectValidSdl(
            Rule,
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
    public void DuplicateFieldsInsideTheSameTypeDefinition()
    {
        ExpectSdlErrors(
            Rule,
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
    public void ExtendTypeWithNewField()
    {
        ExpectValidSdl(
            Rule,
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
    public void ExtendTypeWithDuplicateField()
    {
        ExpectSdlErrors(
            Rule,
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
    public void DuplicateFieldInsideExtension()
    {
        ExpectSdlErrors(
            Rule,
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
    public void DuplicateFieldInsideDifferentExtensions()
    {
        ExpectSdlErrors(
            Rule,
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
    public void AddingNewFieldToTheTypeInsideExistingSchema()
    {
        ExpectValidSdl(
            Schema1,
            Rule,
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
    public void AddingConflictingFieldsToExistingSchemaTwice()
    {
        ExpectSdlErrors(
            Schema2,
            Rule,
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
    public void AddingFieldsToExistingSchemaTwice()
    {
        ExpectSdlErrors(
            Schema1,
            Rule,
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
