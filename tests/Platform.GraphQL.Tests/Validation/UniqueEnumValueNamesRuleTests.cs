using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.RuleHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The cases of graphql-js's UniqueEnumValueNamesRule-test.ts, with the errors graphql-js 17.1.0 reports for them.
/// </summary>
public sealed class UniqueEnumValueNamesRuleTests
{
    private static readonly SdlValidationRuleFactory Rule = context => new UniqueEnumValueNamesRule(context);

    private static readonly Schema Schema1 = SchemaBuilder.Build(
        """
        enum SomeEnum
        """);

    private static readonly Schema Schema2 = SchemaBuilder.Build(
        """
        enum SomeEnum {
          FOO
        }
        """);

    [Fact]
    public void NoValues()
    {
        ExpectValidSdl(
            Rule,
            """
            enum SomeEnum
            """);
    }

    [Fact]
    public void OneValue()
    {
        ExpectValidSdl(
            Rule,
            """
            enum SomeEnum {
              FOO
            }
            """);
    }

    [Fact]
    public void MultipleValues()
    {
        ExpectValidSdl(
            Rule,
            """
            enum SomeEnum {
              FOO
              BAR
            }
            """);
    }

    [Fact]
    public void DuplicateValuesInsideTheSameEnumDefinition()
    {
        ExpectSdlErrors(
            Rule,
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
    public void ExtendEnumWithNewValue()
    {
        ExpectValidSdl(
            Rule,
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
    public void ExtendEnumWithDuplicateValue()
    {
        ExpectSdlErrors(
            Rule,
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
    public void DuplicateValueInsideExtension()
    {
        ExpectSdlErrors(
            Rule,
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
    public void DuplicateValueInsideDifferentExtensions()
    {
        ExpectSdlErrors(
            Rule,
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
    public void AddingNewValueToTheTypeInsideExistingSchema()
    {
        ExpectValidSdl(
            Schema1,
            Rule,
            """
            extend enum SomeEnum {
              FOO
            }
            """);
    }

    [Fact]
    public void AddingConflictingValueToExistingSchemaTwice()
    {
        ExpectSdlErrors(
            Schema2,
            Rule,
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
    public void AddingEnumValuesToExistingSchemaTwice()
    {
        ExpectSdlErrors(
            Schema1,
            Rule,
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
