using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's UniqueVariableNamesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class UniqueVariableNamesRuleTests
{
    private static readonly ValidationRuleFactory UniqueVariableNames = context => new UniqueVariableNamesRule(context);

    [Fact]
    public void Unique_variable_names()
    {
        ExpectErrors(
            UniqueVariableNames,
            TestSchema,
            """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """);
    }

    [Fact]
    public void Duplicate_variable_names()
    {
        ExpectErrors(
            UniqueVariableNames,
            TestSchema,
            """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """,
            Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            Error("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
            Error("There can be only one variable named \"$x\".", (3, 10), (3, 19)));
    }
}
