using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.RuleHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The cases of graphql-js's UniqueTypeNamesRule-test.ts, with the errors graphql-js 17.1.0 reports for them.
/// </summary>
public sealed class UniqueTypeNamesRuleTests
{
    private static readonly SdlValidationRuleFactory Rule = context => new UniqueTypeNamesRule(context);

    private static readonly Schema Schema1 = SchemaBuilder.Build(
        """
        type Foo
        """);

    private static readonly Schema Schema2 = SchemaBuilder.Build(
        """
        directive @Foo on SCHEMA
        """);

    [Fact]
    public void NoTypes()
    {
        ExpectValidSdl(
            Rule,
            """
            directive @test on SCHEMA
            """);
    }

    [Fact]
    public void OneType()
    {
        ExpectValidSdl(
            Rule,
            """
            type Foo
            """);
    }

    [Fact]
    public void ManyTypes()
    {
        ExpectValidSdl(
            Rule,
            """
            type Foo
            type Bar
            type Baz
            """);
    }

    [Fact]
    public void TypeAndNonTypeDefinitionsNamedTheSame()
    {
        ExpectValidSdl(
            Rule,
            """
            query Foo { __typename }
            fragment Foo on Query { __typename }
            directive @Foo on SCHEMA

            type Foo
            """);
    }

    [Fact]
    public void TypesNamedTheSame()
    {
        ExpectSdlErrors(
            Rule,
            """
            type Foo

            scalar Foo
            type Foo
            interface Foo
            union Foo
            enum Foo
            input Foo
            """,
            Error("There can be only one type named \"Foo\".", (1, 6), (3, 8)),
            Error("There can be only one type named \"Foo\".", (1, 6), (4, 6)),
            Error("There can be only one type named \"Foo\".", (1, 6), (5, 11)),
            Error("There can be only one type named \"Foo\".", (1, 6), (6, 7)),
            Error("There can be only one type named \"Foo\".", (1, 6), (7, 6)),
            Error("There can be only one type named \"Foo\".", (1, 6), (8, 7)));
    }

    [Fact]
    public void AddingNewTypeToExistingSchema()
    {
        ExpectValidSdl(
            Schema1,
            Rule,
            """
            type Bar
            """);
    }

    [Fact]
    public void AddingNewTypeToExistingSchemaWithSameNamedDirective()
    {
        ExpectValidSdl(
            Schema2,
            Rule,
            """
            type Foo
            """);
    }

    [Fact]
    public void AddingConflictingTypesToExistingSchema()
    {
        ExpectSdlErrors(
            Schema1,
            Rule,
            """
            scalar Foo
            type Foo
            interface Foo
            union Foo
            enum Foo
            input Foo
            """,
            Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (1, 8)),
            Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (2, 6)),
            Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (3, 11)),
            Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (4, 7)),
            Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (5, 6)),
            Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (6, 7)));
    }
}
