using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's LoneSchemaDefinitionRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class LoneSchemaDefinitionRuleTests
{
    private static readonly SdlValidationRuleFactory LoneSchemaDefinitionSdl = context => new LoneSchemaDefinitionRule(context);

    [Fact]
    public void No_schema()
    {
        ExpectSdlErrors(
            LoneSchemaDefinitionSdl,
            null,
            """
            type Query {
              foo: String
            }
            """);
    }

    [Fact]
    public void One_schema_definition()
    {
        ExpectSdlErrors(
            LoneSchemaDefinitionSdl,
            null,
            """
            schema {
              query: Foo
            }

            type Foo {
              foo: String
            }
            """);
    }

    [Fact]
    public void Multiple_schema_definitions()
    {
        ExpectSdlErrors(
            LoneSchemaDefinitionSdl,
            null,
            """
            schema {
              query: Foo
            }

            type Foo {
              foo: String
            }

            schema {
              mutation: Foo
            }

            schema {
              subscription: Foo
            }
            """,
            Error("Must provide only one schema definition.", (9, 1)),
            Error("Must provide only one schema definition.", (13, 1)));
    }

    [Fact]
    public void Define_schema_in_schema_extension()
    {
        var schema = SchemaBuilder.Build(
            """
            type Foo {
              foo: String
            }
            """);
        ExpectSdlErrors(
            LoneSchemaDefinitionSdl,
            schema,
            """
            schema {
              query: Foo
            }
            """);
    }

    [Fact]
    public void Redefine_schema_in_schema_extension()
    {
        var schema = SchemaBuilder.Build(
            """
            schema {
              query: Foo
            }

            type Foo {
              foo: String
            }
            """);
        ExpectSdlErrors(
            LoneSchemaDefinitionSdl,
            schema,
            """
            schema {
              mutation: Foo
            }
            """,
            Error("Cannot define a new schema within a schema extension.", (1, 1)));
    }

    [Fact]
    public void Redefine_implicit_schema_in_schema_extension()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query {
              fooField: Foo
            }

            type Foo {
              foo: String
            }
            """);
        ExpectSdlErrors(
            LoneSchemaDefinitionSdl,
            schema,
            """
            schema {
              mutation: Foo
            }
            """,
            Error("Cannot define a new schema within a schema extension.", (1, 1)));
    }

    [Fact]
    public void Extend_schema_in_schema_extension()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query {
              fooField: Foo
            }

            type Foo {
              foo: String
            }
            """);
        ExpectSdlErrors(
            LoneSchemaDefinitionSdl,
            schema,
            """
            extend schema {
              mutation: Foo
            }
            """);
    }
}
