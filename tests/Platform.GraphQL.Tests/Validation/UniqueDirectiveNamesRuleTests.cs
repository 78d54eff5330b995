using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's UniqueDirectiveNamesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class UniqueDirectiveNamesRuleTests
{
    private static readonly SdlValidationRuleFactory UniqueDirectiveNamesSdl = context => new UniqueDirectiveNamesRule(context);

    [Fact]
    public void No_directive()
    {
        ExpectSdlErrors(
            UniqueDirectiveNamesSdl,
            null,
            """type Foo""");
    }

    [Fact]
    public void One_directive()
    {
        ExpectSdlErrors(
            UniqueDirectiveNamesSdl,
            null,
            """directive @foo on SCHEMA""");
    }

    [Fact]
    public void Many_directives()
    {
        ExpectSdlErrors(
            UniqueDirectiveNamesSdl,
            null,
            """
            directive @foo on SCHEMA
            directive @bar on SCHEMA
            directive @baz on SCHEMA
            """);
    }

    [Fact]
    public void Directive_and_non_directive_definitions_named_the_same()
    {
        ExpectSdlErrors(
            UniqueDirectiveNamesSdl,
            null,
            """
            query foo { __typename }
            fragment foo on foo { __typename }
            type foo

            directive @foo on SCHEMA
            """);
    }

    [Fact]
    public void Directives_named_the_same()
    {
        ExpectSdlErrors(
            UniqueDirectiveNamesSdl,
            null,
            """
            directive @foo on SCHEMA

            directive @foo on SCHEMA
            """,
            Error("There can be only one directive named \"@foo\".", (1, 12), (3, 12)));
    }

    [Fact]
    public void Adding_new_directive_to_existing_schema()
    {
        var schema = SchemaBuilder.Build(
            """directive @foo on SCHEMA""");
        ExpectSdlErrors(
            UniqueDirectiveNamesSdl,
            schema,
            """directive @bar on SCHEMA""");
    }

    [Fact]
    public void Adding_new_directive_with_standard_name_to_existing_schema()
    {
        var schema = SchemaBuilder.Build(
            """type foo""");
        ExpectSdlErrors(
            UniqueDirectiveNamesSdl,
            schema,
            """directive @skip on SCHEMA""",
            Error("Directive \"@skip\" already exists in the schema. It cannot be redefined.", (1, 12)));
    }

    [Fact]
    public void Adding_new_directive_to_existing_schema_with_same_named_type()
    {
        var schema = SchemaBuilder.Build(
            """type foo""");
        ExpectSdlErrors(
            UniqueDirectiveNamesSdl,
            schema,
            """directive @foo on SCHEMA""");
    }

    [Fact]
    public void Adding_conflicting_directives_to_existing_schema()
    {
        var schema = SchemaBuilder.Build(
            """directive @foo on SCHEMA""");
        ExpectSdlErrors(
            UniqueDirectiveNamesSdl,
            schema,
            """directive @foo on SCHEMA""",
            Error("Directive \"@foo\" already exists in the schema. It cannot be redefined.", (1, 12)));
    }
}
