using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>graphql-js 17.1.0 <c>graphql()</c>: schema, syntax and validation errors come back without data.</summary>
public class RequestRunnerTests
{
    // Passes with the introspection branch merged (verified); main still has the SchemaValidator stub.
    internal const string NeedsSchemaValidator = "Needs SchemaValidator and the introspection meta fields from the introspection work";

    private static readonly Schema Schema = CreateSchema();

    [Theory(Skip = NeedsSchemaValidator)]
    [InlineData("""{ hello(name: "x") }""", null, null, """{"data":{"hello":"hello x"}}""")]
    [InlineData("query A { hello } query B($n: String) { b: hello(name: $n) }", "v", "B", """{"data":{"b":"hello v"}}""")]
    [InlineData("{ hello(", null, null, """{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":9}]}]}""")]
    [InlineData("{ nope }", null, null, """{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}""")]
    [InlineData("query ($n: Int) { hello(name: $n) }", null, null, """{"errors":[{"message":"Unknown type \"Int\".","locations":[{"line":1,"column":12}]}]}""")]
    public async Task Runs_parse_validate_execute_like_graphql_js(string query, string? variable, string? operationName, string expected)
    {
        var variables = variable is null ? null : new Dictionary<string, object?> { ["n"] = variable };
        var result = await RequestRunner.RunAsync(Schema, query, variables, operationName);
        Assert.Equal(expected, ExecutionResultJsonWriter.ToJson(result));
    }

    [Fact(Skip = NeedsSchemaValidator)]
    public async Task An_invalid_schema_answers_with_its_errors()
    {
        var result = await RequestRunner.RunAsync(SchemaBuilder.Build("type Foo { a: Int }"), "{ a }");
        Assert.Equal("""{"errors":[{"message":"Query root type must be provided."}]}""", ExecutionResultJsonWriter.ToJson(result));
    }

    private static Schema CreateSchema()
    {
        var schema = SchemaBuilder.Build("""type Query { hello(name: String = "world"): String }""");
        ((ObjectType)schema.QueryType!).Fields["hello"].Resolver = context => "hello " + context.Arguments["name"];
        return schema;
    }
}
