using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's UniqueOperationTypesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class UniqueOperationTypesRuleTests
{
    private static readonly SdlValidationRuleFactory UniqueOperationTypesSdl = context => new UniqueOperationTypesRule(context);

    [Fact]
    public void No_schema_definition()
    {
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            null,
            """type Foo""");
    }

    [Fact]
    public void Schema_definition_with_all_types()
    {
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            null,
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
    public void Schema_definition_with_single_extension()
    {
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            null,
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
    public void Schema_definition_with_separate_extensions()
    {
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            null,
            """
            type Foo

            schema { query: Foo }
            extend schema { mutation: Foo }
            extend schema { subscription: Foo }
            """);
    }

    [Fact]
    public void Extend_schema_before_definition()
    {
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            null,
            """
            type Foo

            extend schema { mutation: Foo }
            extend schema { subscription: Foo }

            schema { query: Foo }
            """);
    }

    [Fact]
    public void Duplicate_operation_types_inside_single_schema_definition()
    {
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            null,
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
    public void Duplicate_operation_types_inside_schema_extension()
    {
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            null,
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
    public void Duplicate_operation_types_inside_schema_extension_twice()
    {
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            null,
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
    public void Duplicate_operation_types_inside_second_schema_extension()
    {
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            null,
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
    public void Define_schema_inside_extension_SDL()
    {
        var schema = SchemaBuilder.Build(
            """type Foo""");
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            schema,
            """
            schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """);
    }

    [Fact]
    public void Define_and_extend_schema_inside_extension_SDL()
    {
        var schema = SchemaBuilder.Build(
            """type Foo""");
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            schema,
            """
            schema { query: Foo }
            extend schema { mutation: Foo }
            extend schema { subscription: Foo }
            """);
    }

    [Fact]
    public void Adding_new_operation_types_to_existing_schema()
    {
        var schema = SchemaBuilder.Build(
            """type Query""");
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            schema,
            """
            extend schema { mutation: Foo }
            extend schema { subscription: Foo }
            """);
    }

    [Fact]
    public void Adding_conflicting_operation_types_to_existing_schema()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query
            type Mutation
            type Subscription

            type Foo
            """);
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            schema,
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
    public void Adding_conflicting_operation_types_to_existing_schema_twice()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query
            type Mutation
            type Subscription
            """);
        ExpectSdlErrors(
            UniqueOperationTypesSdl,
            schema,
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
