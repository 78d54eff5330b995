using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.RuleHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The cases of graphql-js's LoneSchemaDefinitionRule-test.ts, with the errors graphql-js 17.1.0 reports for them.
/// </summary>
public sealed class LoneSchemaDefinitionRuleTests
{
    private static readonly SdlValidationRuleFactory Rule = context => new LoneSchemaDefinitionRule(context);

    private static readonly Schema Schema1 = SchemaBuilder.Build(
        """
        type Foo {
          foo: String
        }
        """);

    private static readonly Schema Schema2 = SchemaBuilder.Build(
        """
        schema {
          query: Foo
        }

        type Foo {
          foo: String
        }
        """);

    private static readonly Schema Schema3 = SchemaBuilder.Build(
        """
        type Query {
          fooField: Foo
        }

        type Foo {
          foo: String
        }
        """);

    [Fact]
    public void NoSchema()
    {
        ExpectValidSdl(
            Rule,
            """
            type Query {
              foo: String
            }
            """);
    }

    [Fact]
    public void OneSchemaDefinition()
    {
        ExpectValidSdl(
            Rule,
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
    public void MultipleSchemaDefinitions()
    {
        ExpectSdlErrors(
            Rule,
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
    public void DefineSchemaInSchemaExtension()
    {
        ExpectValidSdl(
            Schema1,
            Rule,
            """
            schema {
              query: Foo
            }
            """);
    }

    [Fact]
    public void RedefineSchemaInSchemaExtension()
    {
        ExpectSdlErrors(
            Schema2,
            Rule,
            """
            schema {
              mutation: Foo
            }
            """,
            Error("Cannot define a new schema within a schema extension.", (1, 1)));
    }

    [Fact]
    public void RedefineImplicitSchemaInSchemaExtension()
    {
        ExpectSdlErrors(
            Schema3,
            Rule,
            """
            schema {
              mutation: Foo
            }
            """,
            Error("Cannot define a new schema within a schema extension.", (1, 1)));
    }

    [Fact]
    public void ExtendSchemaInSchemaExtension()
    {
        ExpectValidSdl(
            Schema3,
            Rule,
            """
            extend schema {
              mutation: Foo
            }
            """);
    }
}
