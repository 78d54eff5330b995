using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// Cases beyond graphql-js's generated ones: custom scalars built in code (as ValuesOfCorrectTypeRule-test.ts does)
/// and variables inside literals; expected errors generated with graphql-js 17.1.0.
/// </summary>
public sealed class ValuesOfCorrectTypeRuleExtraTests
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

    [Fact]
    public void Variables_inside_a_literal_print_as_null_or_are_left_out_of_objects()
    {
        ExpectErrors(
            ValuesOfCorrectType,
            TestSchema,
            """
            query ($v: Int, $w: String) {
              complicatedArgs {
                intArgField(intArg: [$v, 1])
                enumArgField(enumArg: {a: $w, b: 1})
                stringArgField(stringArg: [{c: [$v]}])
              }
            }
            """,
            Error("Int cannot represent non-integer value: [null, 1]", (3, 25)),
            Error("Enum \"FurColor\" cannot represent non-enum value: { b: 1 }.", (4, 27)),
            Error("String cannot represent a non string value: [{ c: [null] }]", (5, 31)));
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
