using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>A field with a <see cref="ParentValueReader"/> reads its value from the parent by response key, without a resolver context.</summary>
public class ParentValueReaderTests
{
    [Fact]
    public async Task The_reader_gets_the_parent_and_the_response_key_and_wins_over_a_resolver()
    {
        var schema = CreateSchema();
        var item = (ObjectType)schema.TypeMap["Item"];
        item.Fields["name"].Resolver = _ => "from the resolver";
        item.Fields["name"].Reader = (parent, key) => ((Dictionary<string, object?>)parent!).GetValueOrDefault(key);

        var result = await RequestRunner.RunAsync(schema, "{ item { name first: name } }");

        Assert.Equal("""{"data":{"item":{"name":"plain","first":"aliased"}}}""", ExecutionResultJsonWriter.ToJson(result));
    }

    [Fact]
    public async Task A_reader_that_throws_fails_its_field_with_the_fields_path()
    {
        var schema = CreateSchema();
        ((ObjectType)schema.TypeMap["Item"]).Fields["name"].Reader = (_, key) => throw new GraphQLError($"no {key}");

        var result = await RequestRunner.RunAsync(schema, "{ item { n: name } }");

        Assert.Equal(
            """{"errors":[{"message":"no n","locations":[{"line":1,"column":10}],"path":["item","n"]}],"data":{"item":{"n":null}}}""",
            ExecutionResultJsonWriter.ToJson(result));
    }

    private static Schema CreateSchema()
    {
        var schema = SchemaBuilder.Build("type Query { item: Item } type Item { name: String }");
        ((ObjectType)schema.QueryType!).Fields["item"].Resolver =
            _ => new Dictionary<string, object?> { ["name"] = "plain", ["first"] = "aliased" };
        return schema;
    }
}
