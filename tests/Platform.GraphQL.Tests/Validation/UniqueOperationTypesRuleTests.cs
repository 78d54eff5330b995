using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's UniqueOperationTypesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class UniqueOperationTypesRuleTests
{
    private static readonly SdlValidationRuleFactory UniqueOperationTypes = context => new UniqueOperationTypesRule(context);

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
    public void No_schema_definition()
    {
        ExpectSdlErrors(
            UniqueOperationTypes,
            null,
            """
            type Foo
            """);
    }

    [Fact]
    public void Schema_definition_with_all_types()
    {
        ExpectSdlErrors(
            UniqueOperationTypes,
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
            UniqueOperationTypes,
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
            UniqueOperationTypes,
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
            UniqueOperationTypes,
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
            UniqueOperationTypes,
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
            UniqueOperationTypes,
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
            UniqueOperationTypes,
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
            UniqueOperationTypes,
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
        ExpectSdlErrors(
            UniqueOperationTypes,
            Schema1,
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
        ExpectSdlErrors(
            UniqueOperationTypes,
            Schema1,
            """
            schema { query: Foo }
            extend schema { mutation: Foo }
            extend schema { subscription: Foo }
            """);
    }

    [Fact]
    public void Adding_new_operation_types_to_existing_schema()
    {
        ExpectSdlErrors(
            UniqueOperationTypes,
            Schema2,
            """
            extend schema { mutation: Foo }
            extend schema { subscription: Foo }
            """);
    }

    [Fact]
    public void Adding_conflicting_operation_types_to_existing_schema()
    {
        ExpectSdlErrors(
            UniqueOperationTypes,
            Schema3,
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
        ExpectSdlErrors(
            UniqueOperationTypes,
            Schema4,
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
