using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's UniqueArgumentDefinitionNamesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class UniqueArgumentDefinitionNamesRuleTests
{
    private static readonly SdlValidationRuleFactory UniqueArgumentDefinitionNamesSdl = context => new UniqueArgumentDefinitionNamesRule(context);

    [Fact]
    public void No_args()
    {
        ExpectSdlErrors(
            UniqueArgumentDefinitionNamesSdl,
            null,
            """
            type SomeObject {
              someField: String
            }

            interface SomeInterface {
              someField: String
            }

            directive @someDirective on QUERY
            """);
    }

    [Fact]
    public void One_argument()
    {
        ExpectSdlErrors(
            UniqueArgumentDefinitionNamesSdl,
            null,
            """
            type SomeObject {
              someField(foo: String): String
            }

            interface SomeInterface {
              someField(foo: String): String
            }

            extend type SomeObject {
              anotherField(foo: String): String
            }

            extend interface SomeInterface {
              anotherField(foo: String): String
            }

            directive @someDirective(foo: String) on QUERY
            """);
    }

    [Fact]
    public void Multiple_arguments()
    {
        ExpectSdlErrors(
            UniqueArgumentDefinitionNamesSdl,
            null,
            """
            type SomeObject {
              someField(
                foo: String
                bar: String
              ): String
            }

            interface SomeInterface {
              someField(
                foo: String
                bar: String
              ): String
            }

            extend type SomeObject {
              anotherField(
                foo: String
                bar: String
              ): String
            }

            extend interface SomeInterface {
              anotherField(
                foo: String
                bar: String
              ): String
            }

            directive @someDirective(
              foo: String
              bar: String
            ) on QUERY
            """);
    }

    [Fact]
    public void Duplicating_arguments()
    {
        ExpectSdlErrors(
            UniqueArgumentDefinitionNamesSdl,
            null,
            """
            type SomeObject {
              someField(
                foo: String
                bar: String
                foo: String
              ): String
            }

            interface SomeInterface {
              someField(
                foo: String
                bar: String
                foo: String
              ): String
            }

            extend type SomeObject {
              anotherField(
                foo: String
                bar: String
                bar: String
              ): String
            }

            extend interface SomeInterface {
              anotherField(
                bar: String
                foo: String
                foo: String
              ): String
            }

            directive @someDirective(
              foo: String
              bar: String
              foo: String
            ) on QUERY
            """,
            Error("Argument \"SomeObject.someField(foo:)\" can only be defined once.", (3, 5), (5, 5)),
            Error("Argument \"SomeInterface.someField(foo:)\" can only be defined once.", (11, 5), (13, 5)),
            Error("Argument \"SomeObject.anotherField(bar:)\" can only be defined once.", (20, 5), (21, 5)),
            Error("Argument \"SomeInterface.anotherField(foo:)\" can only be defined once.", (28, 5), (29, 5)),
            Error("Argument \"@someDirective(foo:)\" can only be defined once.", (34, 3), (36, 3)));
    }
}
