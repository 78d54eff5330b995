using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Pagination;
using Platform.GraphQL.Tests.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Pagination;

/// <summary>A connection field written with <see cref="ConnectionSchema"/> and resolved by <c>ToConnectionAsync(context)</c>.</summary>
public class ConnectionSchemaTests
{
    private static readonly string Sdl = $$"""
        type Query { items({{ConnectionSchema.Arguments}}): ItemConnection! }
        type Item { id: Int! name: String! }
        {{ConnectionSchema.TypesFor("Item")}}
        {{ConnectionSchema.PageInfo}}
        """;

    [Fact]
    public void The_sdl_builds_a_valid_schema_with_the_relay_shape()
    {
        var schema = SchemaBuilder.Build(Sdl);

        var connection = (ObjectType)schema.GetType("ItemConnection")!;
        Assert.Equal(["edges", "nodes", "pageInfo", "totalCount"], connection.Fields.Keys);
        Assert.Equal("[ItemEdge!]!", connection.Fields["edges"].Type.ToString());
        Assert.Equal("Item!", ((ObjectType)schema.GetType("ItemEdge")!).Fields["node"].Type.ToString());
        Assert.Equal(["hasNextPage", "hasPreviousPage", "startCursor", "endCursor"], ((ObjectType)schema.GetType("PageInfo")!).Fields.Keys);
    }

    [Fact]
    public async Task A_connection_field_pages_through_the_default_resolvers()
    {
        using var db = PagingDatabase.Create();
        var schema = BuildSchema(db);

        var json = await ExecutionHarness.ExecuteToJsonAsync(
            schema,
            $$$"""{ items(first: 2, after: "{{{OffsetCursor.Encode(1)}}}") { totalCount edges { cursor node { id } } nodes { name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""");;

        Assert.Equal(
            """{"data":{"items":{"totalCount":25,"edges":[{"cursor":"C2","node":{"id":3}},{"cursor":"C3","node":{"id":4}}],"nodes":[{"name":"item 3"},{"name":"item 4"}],"pageInfo":{"hasNextPage":true,"hasPreviousPage":true,"startCursor":"C2","endCursor":"C3"}}}}"""
                .Replace("C2", OffsetCursor.Encode(2)).Replace("C3", OffsetCursor.Encode(3)),
            json);
    }

    [Fact]
    public async Task Invalid_arguments_are_field_errors_with_a_code()
    {
        using var db = PagingDatabase.Create();
        var schema = BuildSchema(db);

        var json = await ExecutionHarness.ExecuteToJsonAsync(schema, "{ items(last: -3) { totalCount } }");

        Assert.Equal(
            """{"errors":[{"message":"Argument \"last\" must be a non-negative integer.","locations":[{"line":1,"column":3}],"path":["items"],"extensions":{"code":"INVALID_PAGINATION_ARGUMENT"}}],"data":null}""",
            json);
    }

    private static Schema BuildSchema(PagingDatabase db)
    {
        var schema = SchemaBuilder.Build(Sdl);
        ((ObjectType)schema.QueryType!).Fields["items"].Resolver = context => db.Items.OrderBy(item => item.Id).ToConnectionAsync(context);
        return schema;
    }
}
