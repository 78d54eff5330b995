using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's PossibleTypeExtensionsRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class PossibleTypeExtensionsRuleTests
{
    private static readonly SdlValidationRuleFactory PossibleTypeExtensionsSdl = context => new PossibleTypeExtensionsRule(context);

    [Fact]
    public void No_extensions()
    {
        ExpectSdlErrors(
            PossibleTypeExtensionsSdl,
            null,
            """
            scalar FooScalar
            type FooObject
            interface FooInterface
            union FooUnion
            enum FooEnum
            input FooInputObject
            """);
    }

    [Fact]
    public void One_extension_per_type()
    {
        ExpectSdlErrors(
            PossibleTypeExtensionsSdl,
            null,
            """
            scalar FooScalar
            type FooObject
            interface FooInterface
            union FooUnion
            enum FooEnum
            input FooInputObject

            extend scalar FooScalar @dummy
            extend type FooObject @dummy
            extend interface FooInterface @dummy
            extend union FooUnion @dummy
            extend enum FooEnum @dummy
            extend input FooInputObject @dummy
            """);
    }

    [Fact]
    public void Many_extensions_per_type()
    {
        ExpectSdlErrors(
            PossibleTypeExtensionsSdl,
            null,
            """
            scalar FooScalar
            type FooObject
            interface FooInterface
            union FooUnion
            enum FooEnum
            input FooInputObject

            extend scalar FooScalar @dummy
            extend type FooObject @dummy
            extend interface FooInterface @dummy
            extend union FooUnion @dummy
            extend enum FooEnum @dummy
            extend input FooInputObject @dummy

            extend scalar FooScalar @dummy
            extend type FooObject @dummy
            extend interface FooInterface @dummy
            extend union FooUnion @dummy
            extend enum FooEnum @dummy
            extend input FooInputObject @dummy
            """);
    }

    [Fact]
    public void Extending_unknown_type()
    {
        ExpectSdlErrors(
            PossibleTypeExtensionsSdl,
            null,
            """
            type Known

            extend scalar Unknown @dummy
            extend type Unknown @dummy
            extend interface Unknown @dummy
            extend union Unknown @dummy
            extend enum Unknown @dummy
            extend input Unknown @dummy
            """,
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (3, 15)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (4, 13)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (5, 18)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (6, 14)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (7, 13)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (8, 14)));
    }

    [Fact]
    public void Does_not_consider_non_type_definitions()
    {
        ExpectSdlErrors(
            PossibleTypeExtensionsSdl,
            null,
            """
            query Foo { __typename }
            fragment Foo on Query { __typename }
            directive @Foo on SCHEMA

            extend scalar Foo @dummy
            extend type Foo @dummy
            extend interface Foo @dummy
            extend union Foo @dummy
            extend enum Foo @dummy
            extend input Foo @dummy
            """,
            Error("Cannot extend type \"Foo\" because it is not defined.", (5, 15)),
            Error("Cannot extend type \"Foo\" because it is not defined.", (6, 13)),
            Error("Cannot extend type \"Foo\" because it is not defined.", (7, 18)),
            Error("Cannot extend type \"Foo\" because it is not defined.", (8, 14)),
            Error("Cannot extend type \"Foo\" because it is not defined.", (9, 13)),
            Error("Cannot extend type \"Foo\" because it is not defined.", (10, 14)));
    }

    [Fact]
    public void Extending_with_different_kinds()
    {
        ExpectSdlErrors(
            PossibleTypeExtensionsSdl,
            null,
            """
            scalar FooScalar
            type FooObject
            interface FooInterface
            union FooUnion
            enum FooEnum
            input FooInputObject

            extend type FooScalar @dummy
            extend interface FooObject @dummy
            extend union FooInterface @dummy
            extend enum FooUnion @dummy
            extend input FooEnum @dummy
            extend scalar FooInputObject @dummy
            """,
            Error("Cannot extend non-object type \"FooScalar\".", (1, 1), (8, 1)),
            Error("Cannot extend non-interface type \"FooObject\".", (2, 1), (9, 1)),
            Error("Cannot extend non-union type \"FooInterface\".", (3, 1), (10, 1)),
            Error("Cannot extend non-enum type \"FooUnion\".", (4, 1), (11, 1)),
            Error("Cannot extend non-input object type \"FooEnum\".", (5, 1), (12, 1)),
            Error("Cannot extend non-scalar type \"FooInputObject\".", (6, 1), (13, 1)));
    }

    [Fact]
    public void Extending_types_within_existing_schema()
    {
        var schema = SchemaBuilder.Build(
            """
            scalar FooScalar
            type FooObject
            interface FooInterface
            union FooUnion
            enum FooEnum
            input FooInputObject
            """);
        ExpectSdlErrors(
            PossibleTypeExtensionsSdl,
            schema,
            """
            extend scalar FooScalar @dummy
            extend type FooObject @dummy
            extend interface FooInterface @dummy
            extend union FooUnion @dummy
            extend enum FooEnum @dummy
            extend input FooInputObject @dummy
            """);
    }

    [Fact]
    public void Extending_unknown_types_within_existing_schema()
    {
        var schema = SchemaBuilder.Build(
            """type Known""");
        ExpectSdlErrors(
            PossibleTypeExtensionsSdl,
            schema,
            """
            extend scalar Unknown @dummy
            extend type Unknown @dummy
            extend interface Unknown @dummy
            extend union Unknown @dummy
            extend enum Unknown @dummy
            extend input Unknown @dummy
            """,
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (1, 15)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (2, 13)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (3, 18)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (4, 14)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (5, 13)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (6, 14)));
    }

    [Fact]
    public void Extending_types_with_different_kinds_within_existing_schema()
    {
        var schema = SchemaBuilder.Build(
            """
            scalar FooScalar
            type FooObject
            interface FooInterface
            union FooUnion
            enum FooEnum
            input FooInputObject
            """);
        ExpectSdlErrors(
            PossibleTypeExtensionsSdl,
            schema,
            """
            extend type FooScalar @dummy
            extend interface FooObject @dummy
            extend union FooInterface @dummy
            extend enum FooUnion @dummy
            extend input FooEnum @dummy
            extend scalar FooInputObject @dummy
            """,
            Error("Cannot extend non-object type \"FooScalar\".", (1, 1)),
            Error("Cannot extend non-interface type \"FooObject\".", (2, 1)),
            Error("Cannot extend non-union type \"FooInterface\".", (3, 1)),
            Error("Cannot extend non-enum type \"FooUnion\".", (4, 1)),
            Error("Cannot extend non-input object type \"FooEnum\".", (5, 1)),
            Error("Cannot extend non-scalar type \"FooInputObject\".", (6, 1)));
    }
}
