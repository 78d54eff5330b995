using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's KnownOperationTypesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class KnownOperationTypesRuleTests
{
    private static readonly ValidationRuleFactory KnownOperationTypes = context => new KnownOperationTypesRule(context);

    [Fact]
    public void One_known_operation()
    {
        ExpectErrors(
            KnownOperationTypes,
            TestSchema,
            """{ field }""");
    }

    [Fact]
    public void Unknown_mutation_and_subscription()
    {
        ExpectErrors(
            KnownOperationTypes,
            TestSchema,
            """
            query A { field }
            mutation B { field }
            subscription C { field }
            { field }
            """,
            Error("The mutation operation is not supported by the schema.", (2, 1)),
            Error("The subscription operation is not supported by the schema.", (3, 1)));
    }

    [Fact]
    public void Known_mutation_unknown_subscription()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query { a: Int }
            type Mutation { b: Int }
            """);
        ExpectErrors(
            KnownOperationTypes,
            schema,
            """
            mutation { b }
            subscription { a }
            """,
            Error("The subscription operation is not supported by the schema.", (2, 1)));
    }
}
