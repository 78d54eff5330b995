using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's ExecutableDefinitionsRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ValidationRuleFactory ExecutableDefinitions = context => new ExecutableDefinitionsRule(context);

    [Fact]
    public void With_only_operation()
    {
        ExpectErrors(
            ExecutableDefinitions,
            TestSchema,
            """
            query Foo {
              dog {
                name
              }
            }
            """);
    }

    [Fact]
    public void With_operation_and_fragment()
    {
        ExpectErrors(
            ExecutableDefinitions,
            TestSchema,
            """
            query Foo {
              dog {
                name
                ...Frag
              }
            }

            fragment Frag on Dog {
              name
            }
            """);
    }

    [Fact]
    public void With_type_definition()
    {
        ExpectErrors(
            ExecutableDefinitions,
            TestSchema,
            """
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """,
            Error("The \"Cow\" definition is not executable.", (7, 1)),
            Error("The \"Dog\" definition is not executable.", (11, 1)));
    }

    [Fact]
    public void With_schema_definition()
    {
        ExpectErrors(
            ExecutableDefinitions,
            TestSchema,
            """
            schema {
              query: Query
            }

            type Query {
              test: String
            }

            extend schema @directive
            """,
            Error("The schema definition is not executable.", (1, 1)),
            Error("The \"Query\" definition is not executable.", (5, 1)),
            Error("The schema definition is not executable.", (9, 1)));
    }
}
