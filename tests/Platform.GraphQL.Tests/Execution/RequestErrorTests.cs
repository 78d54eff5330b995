using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Errors of documents that skipped validation, and the variable error limit; messages from graphql-js 17.1.0.</summary>
public class RequestErrorTests
{
    private static readonly Schema Schema = SchemaBuilder.Build("type Query { a: String t: T } type T { b: String }");

    [Fact]
    public async Task Variable_coercion_stops_after_fifty_errors()
    {
        var definitions = string.Join(", ", Enumerable.Range(0, 52).Select(i => $"$v{i}: Int!"));
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse($"query ({definitions}) {{ a }}"),
            VariableValues = new Dictionary<string, object?>(),
        });

        Assert.False(result.HasData);
        Assert.Equal(51, result.Errors!.Count);
        Assert.Equal(
            [
                "Variable \"$v48\" expected value of type \"Int!\" which cannot be used as an input type.",
                "Variable \"$v49\" expected value of type \"Int!\" which cannot be used as an input type.",
                "Too many errors processing variables, error limit reached. Execution aborted.",
            ],
            result.Errors.Skip(48).Select(e => e.Message));
    }

    [Theory]
    [InlineData("{ a @include }", """{"errors":[{"message":"Argument \"@include(if:)\" of required type \"Boolean!\" was not provided.","locations":[{"line":1,"column":5}]}],"data":null}""")]
    [InlineData("""{ t { b @skip(if: "yes") } }""", """{"errors":[{"message":"Argument \"@skip(if:)\" has invalid value: Boolean cannot represent a non boolean value: \"yes\"","locations":[{"line":1,"column":19}],"path":["t"]}],"data":{"t":null}}""")]
    public async Task Invalid_directive_arguments_are_errors(string query, string expected)
    {
        var root = new Dictionary<string, object?> { ["a"] = "x", ["t"] = new Dictionary<string, object?> { ["b"] = "x" } };
        Assert.Equal(expected, await ExecutionHarness.ExecuteToJsonAsync(Schema, query, root));
    }

    [Fact(Skip = RequestRunnerTests.NeedsSchemaValidator)]
    public async Task Meta_field_arguments_are_named_after_the_meta_owner() =>
        Assert.Equal(
            """{"errors":[{"message":"Argument \"<meta>.__type(name:)\" has invalid value: String cannot represent a non string value: 1","locations":[{"line":1,"column":16}],"path":["__type"]}],"data":{"__type":null}}""",
            await ExecutionHarness.ExecuteToJsonAsync(Schema, "{ __type(name: 1) { name } }"));
}
