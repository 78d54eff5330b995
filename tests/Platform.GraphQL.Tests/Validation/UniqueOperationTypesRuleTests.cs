using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.RuleHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The cases of graphql-js's UniqueOperationTypesRule-test.ts, with the errors graphql-js 17.1.0 reports for them.
/// </summary>
public sealed class UniqueOperationTypesRuleTests
{
    private static readonly SdlValidationRuleFactory Rule = context => new UniqueOperationTypesRule(context);

    private static readonly Schema Schema1 = SchemaBuilder.Build(
        """
        type Foo
        """);

    private static readonly Schema Schema2 = SchemaBuilder.Build(
        """
        type Query
        """);

    private static readonly Schema Schema3 = SchemaBuilder.Build(
        """
        type Query
        type Mutation
        type Subscription

        type Foo
        """);

    private static readonly Schema Schema4 = SchemaBuilder.Build(
        """
        type Query
        type Mutation
        type Subscription
        """);

    [Fact]
    public void NoSchemaDefinition()
    {
        ExpectValidSdl(
            Rule,
            """
            type Foo
            """);
    }

    [Fact]
    public void SchemaDefinitionWithAllTypes()
    {
        ExpectValidSdl(
            Rule,
            """
            type Foo

            schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """);
    }

    [Fact]
    public void SchemaDefinitionWithSingleExtension()
    {
        ExpectValidSdl(
            Rule,
            """
            type Foo

            schema { query: Foo }

            extend schema {
              mutation: Foo
              subscription: Foo
            }
            """);
    }

    [Fact]
    public void SchemaDefinitionWithSeparateExtensions()
    {
        ExpectValidSdl(
            Rule,
            """
            type Foo

            schema { query: Foo }
            extend schema { mutation: Foo }
            extend schema { subscription: Foo }
            """);
    }

    [Fact]
    public void ExtendSchemaBeforeDefinition()
    {
        ExpectValidSdl(
            Rule,
            """
            type Foo

            extend schema { mutation: Foo }
            extend schema { subscription: Foo }

            schema { query: Foo }
            """);
    }

    [Fact]
    public void DuplicateOperationTypesInsideSingleSchemaDefinition()
    {
        ExpectSdlErrors(
            Rule,
            """
            type Foo

            schema {
              query: Foo
              mutation: Foo
              subscription: Foo

              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """,
            Error("There can be only one query type in schema.", (4, 3), (8, 3)),
            Error("There can be only one mutation type in schema.", (5, 3), (9, 3)),
            Error("There can be only one subscription type in schema.", (6, 3), (10, 3)));
    }

    [Fact]
    public void DuplicateOperationTypesInsideSchemaExtension()
    {
        ExpectSdlErrors(
            Rule,
            """
            type Foo

            schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }

            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """,
            Error("There can be only one query type in schema.", (4, 3), (10, 3)),
            Error("There can be only one mutation type in schema.", (5, 3), (11, 3)),
            Error("There can be only one subscription type in schema.", (6, 3), (12, 3)));
    }

    [Fact]
    public void DuplicateOperationTypesInsideSchemaExtensionTwice()
    {
        ExpectSdlErrors(
            Rule,
            """
            type Foo

            schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }

            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }

            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """,
            Error("There can be only one query type in schema.", (4, 3), (10, 3)),
            Error("There can be only one mutation type in schema.", (5, 3), (11, 3)),
            Error("There can be only one subscription type in schema.", (6, 3), (12, 3)),
            Error("There can be only one query type in schema.", (4, 3), (16, 3)),
            Error("There can be only one mutation type in schema.", (5, 3), (17, 3)),
            Error("There can be only one subscription type in schema.", (6, 3), (18, 3)));
    }

    [Fact]
    public void DuplicateOperationTypesInsideSecondSchemaExtension()
    {
        ExpectSdlErrors(
            Rule,
            """
            type Foo

            schema {
              query: Foo
            }

            extend schema {
              mutation: Foo
              subscription: Foo
            }

            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """,
            Error("There can be only one query type in schema.", (4, 3), (13, 3)),
            Error("There can be only one mutation type in schema.", (8, 3), (14, 3)),
            Error("There can be only one subscription type in schema.", (9, 3), (15, 3)));
    }

    [Fact]
    public void DefineSchemaInsideExtensionSDL()
    {
        ExpectValidSdl(
            Schema1,
            Rule,
            """
            schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """);
    }

    [Fact]
    public void DefineAndExtendSchemaInsideExtensionSDL()
    {
        ExpectValidSdl(
            Schema1,
            Rule,
            """
            schema { query: Foo }
            extend schema { mutation: Foo }
            extend schema { subscription: Foo }
            """);
    }

    [Fact]
    public void AddingNewOperationTypesToExistingSchema()
    {
        ExpectValidSdl(
            Schema2,
            Rule,
            """
            extend schema { mutation: Foo }
            extend schema { subscription: Foo }
            """);
    }

    [Fact]
    public void AddingConflictingOperationTypesToExistingSchema()
    {
        ExpectSdlErrors(
            Schema3,
            Rule,
            """
            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """,
            Error("Type for query already defined in the schema. It cannot be redefined.", (2, 3)),
            Error("Type for mutation already defined in the schema. It cannot be redefined.", (3, 3)),
            Error("Type for subscription already defined in the schema. It cannot be redefined.", (4, 3)));
    }

    [Fact]
    public void AddingConflictingOperationTypesToExistingSchemaTwice()
    {
        ExpectSdlErrors(
            Schema4,
            Rule,
            """
            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }

            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """,
            Error("Type for query already defined in the schema. It cannot be redefined.", (2, 3)),
            Error("Type for mutation already defined in the schema. It cannot be redefined.", (3, 3)),
            Error("Type for subscription already defined in the schema. It cannot be redefined.", (4, 3)),
            Error("Type for query already defined in the schema. It cannot be redefined.", (8, 3)),
            Error("Type for mutation already defined in the schema. It cannot be redefined.", (9, 3)),
            Error("Type for subscription already defined in the schema. It cannot be redefined.", (10, 3)));
    }
}
