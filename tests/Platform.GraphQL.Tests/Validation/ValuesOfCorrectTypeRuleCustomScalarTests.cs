using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// Literals of custom scalars whose parsing fails, as graphql-js's ValuesOfCorrectTypeRule-test.ts builds them in
/// code; expected errors generated with graphql-js 17.1.0.
/// </summary>
public sealed class ValuesOfCorrectTypeRuleCustomScalarTests
{
    private static readonly ValidationRuleFactory ValuesOfCorrectType = context => new ValuesOfCorrectTypeRule(context);

    [Fact]
    public void Reports_original_error_for_custom_scalar_which_throws()
    {
        var errors = Validator.Validate(
            SchemaWithArgumentOf(new ThrowingScalar("Invalid", () => new InvalidOperationException("Invalid scalar is always invalid."))),
            Parser.Parse("{ invalidArg(arg: 123) }"),
            [ValuesOfCorrectType]);

        var error = Assert.Single(errors);
        Assert.Equal("Expected value of type \"Invalid\", but encountered error \"Invalid scalar is always invalid.\"; found: 123.", error.Message);
        Assert.Equal([new SourceLocation(1, 19)], error.Locations);
        Assert.Equal("Invalid scalar is always invalid.", error.InnerException?.Message);
    }

    [Fact]
    public void Reports_a_graphql_error_of_the_scalar_as_it_is()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            SchemaWithArgumentOf(new ThrowingScalar("G", () => new GraphQLError("Custom failure."))),
            "{ invalidArg(arg: [1, {a: 2}]) }",
            Error("Custom failure."));
    }

    [Fact]
    public void Allows_custom_scalar_to_accept_complex_literals()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            SchemaWithArgumentOf(new ScalarType("Any")),
            """
            {
              test1: invalidArg(arg: 123)
              test2: invalidArg(arg: "abc")
              test3: invalidArg(arg: [123, "abc"])
              test4: invalidArg(arg: {deep: [123, "abc"]})
            }
            """);
    }

    private static Schema SchemaWithArgumentOf(ScalarType scalar)
    {
        var field = new FieldDefinition("invalidArg", BuiltInScalars.String);
        field.Arguments.Add("arg", new InputValueDefinition("arg", scalar));
        var query = new ObjectType("Query");
        query.Fields.Add(field.Name, field);
        return new Schema(new SchemaOptions { Query = query });
    }

    private sealed class ThrowingScalar(string name, Func<Exception> failure) : ScalarType(name)
    {
        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => throw failure();
    }
}
