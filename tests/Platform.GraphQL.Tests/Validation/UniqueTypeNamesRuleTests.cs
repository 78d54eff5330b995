using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's UniqueTypeNamesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class UniqueTypeNamesRuleTests
{
    private static readonly SdlValidationRuleFactory UniqueTypeNamesSdl = context => new UniqueTypeNamesRule(context);

    [Fact]
    public void No_types()
    {
        ExpectSdlErrors(
            UniqueTypeNamesSdl,
            null,
            """directive @test on SCHEMA""");
    }

    [Fact]
    public void One_type()
    {
        ExpectSdlErrors(
            UniqueTypeNamesSdl,
            null,
            """type Foo""");
    }

    [Fact]
    public void Many_types()
    {
        ExpectSdlErrors(
            UniqueTypeNamesSdl,
            null,
            """
            type Foo
            type Bar
            type Baz
            """);
    }

    [Fact]
    public void Type_and_non_type_definitions_named_the_same()
    {
        ExpectSdlErrors(
            UniqueTypeNamesSdl,
            null,
            """
            query Foo { __typename }
            fragment Foo on Query { __typename }
            directive @Foo on SCHEMA

            type Foo
            """);
    }

    [Fact]
    public void Types_named_the_same()
    {
        ExpectSdlErrors(
            UniqueTypeNamesSdl,
            null,
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
    public void Adding_new_type_to_existing_schema()
    {
        var schema = SchemaBuilder.Build(
            """type Foo""");
        ExpectSdlErrors(
            UniqueTypeNamesSdl,
            schema,
            """type Bar""");
    }

    [Fact]
    public void Adding_new_type_to_existing_schema_with_same_named_directive()
    {
        var schema = SchemaBuilder.Build(
            """directive @Foo on SCHEMA""");
        ExpectSdlErrors(
            UniqueTypeNamesSdl,
            schema,
            """type Foo""");
    }

    [Fact]
    public void Adding_conflicting_types_to_existing_schema()
    {
        var schema = SchemaBuilder.Build(
            """type Foo""");
        ExpectSdlErrors(
            UniqueTypeNamesSdl,
            schema,
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
