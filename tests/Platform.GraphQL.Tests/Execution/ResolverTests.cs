using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>
/// Resolvers returning tasks, throwing, or returning errors; expected responses from graphql-js 17.1.0 with
/// the same resolvers written as promises (the script is described in each test's comment).
/// </summary>
public class ResolverTests
{
    private const string Sdl = """
        type Query { a: String b: Int! items: [Item] list: [Int!] boom: String boomNonNull: String! custom: String obj: Obj errorValue: String }
        type Item { id: ID name: String! }
        type Obj { x: String y: Obj z: String! }
        """;

    private static readonly Schema Schema = SchemaBuilder.Build(Sdl);

    [Fact]
    public async Task Awaits_tasks_value_tasks_and_task_items_at_every_level()
    {
        var root = Map(
            ("a", Fn(() => Delay(5, "A"))),
            ("b", Fn(() => new ValueTask<int>(2))),
            ("items", Fn(() => Delay(1, new List<object?> { Map(("id", 1), ("name", Fn(() => Delay(3, "one")))), Delay(2, Map(("id", 2), ("name", "two"))) }))),
            ("list", new List<object?> { 1, Delay(1, 2), 3 }),
            ("obj", Fn(() => Map(("x", Delay(2, "X")), ("y", Fn(() => Delay(1, Map(("x", "YX")))))))));
        Assert.Equal(
            """{"data":{"a":"A","b":2,"items":[{"id":"1","name":"one"},{"id":"2","name":"two"}],"list":[1,2,3],"obj":{"x":"X","y":{"x":"YX"}}}}""",
            await ExecutionHarness.ExecuteToJsonAsync(Schema, "{ a b items { id name } list obj { x y { x } } }", root));
    }

    [Fact]
    public async Task A_rejected_task_nulls_its_field_and_reports_the_message()
    {
        var root = Map(("a", Fn(() => Delay(1, "A"))), ("boom", Fn(() => Fail(2, "boom!"))));
        Assert.Equal(
            """{"errors":[{"message":"boom!","locations":[{"line":1,"column":5}],"path":["boom"]}],"data":{"a":"A","boom":null}}""",
            await ExecutionHarness.ExecuteToJsonAsync(Schema, "{ a boom }", root));
    }

    [Fact]
    public async Task A_rejected_non_null_field_nulls_the_data()
    {
        var root = Map(("a", Fn(() => Delay(1, "A"))), ("boomNonNull", Fn(() => Fail(2, "bad"))));
        Assert.Equal(
            """{"errors":[{"message":"bad","locations":[{"line":1,"column":5}],"path":["boomNonNull"]}],"data":null}""",
            await ExecutionHarness.ExecuteToJsonAsync(Schema, "{ a boomNonNull }", root));
    }

    [Fact]
    public async Task A_synchronous_throw_becomes_a_field_error()
    {
        var schema = SchemaBuilder.Build(Sdl);
        ((ObjectType)schema.GetType("Query")!).Fields["boom"].Resolver = _ => throw new InvalidOperationException("thrown");
        Assert.Equal(
            """{"errors":[{"message":"thrown","locations":[{"line":1,"column":5}],"path":["boom"]}],"data":{"a":"A","boom":null}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ a boom }", Map(("a", "A"))));
    }

    [Fact]
    public async Task A_graphql_error_keeps_its_extensions()
    {
        var schema = SchemaBuilder.Build(Sdl);
        ((ObjectType)schema.GetType("Query")!).Fields["custom"].Resolver = _ => throw new GraphQLError(
            "coded",
            extensions: new Dictionary<string, object?> { ["code"] = "E1", ["detail"] = new Dictionary<string, object?> { ["n"] = 1 } });
        Assert.Equal(
            """{"errors":[{"message":"coded","locations":[{"line":1,"column":3}],"path":["custom"],"extensions":{"code":"E1","detail":{"n":1}}}],"data":{"custom":null}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ custom }"));
    }

    [Fact]
    public async Task A_returned_exception_is_a_field_error()
    {
        var root = Map(("errorValue", Fn(() => new InvalidOperationException("returned error"))));
        Assert.Equal(
            """{"errors":[{"message":"returned error","locations":[{"line":1,"column":3}],"path":["errorValue"]}],"data":{"errorValue":null}}""",
            await ExecutionHarness.ExecuteToJsonAsync(Schema, "{ errorValue }", root));
    }

    [Fact]
    public async Task List_item_errors_carry_the_item_index()
    {
        // The list item is null before `name` fails, so the two errors come in this order on any thread schedule.
        var listItem = Task.FromResult<object?>(null);
        var name = new TaskCompletionSource<object?>();
        var root = Map(
            ("list", new List<object?> { 1, listItem, 3 }),
            ("items", new List<object?> { Map(("name", "a")), Map(("name", name.Task)) }));
        var execution = ExecutionHarness.ExecuteToJsonAsync(Schema, "{ list items { name } }", root);
        name.SetException(new InvalidOperationException("no name"));
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.list.","locations":[{"line":1,"column":3}],"path":["list",1]},{"message":"no name","locations":[{"line":1,"column":16}],"path":["items",1,"name"]}],"data":{"list":null,"items":[{"name":"a"},null]}}""",
            await execution);
    }

    [Fact]
    public async Task An_asynchronous_null_in_a_non_null_field_nulls_the_nearest_nullable_parent()
    {
        var root = Map(("obj", Map(("x", "X"), ("y", Fn(() => Delay(1, Map(("z", Fn(() => Delay(1, null))))))))));
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Obj.z.","locations":[{"line":1,"column":13}],"path":["obj","y","z"]}],"data":{"obj":{"y":null,"x":"X"}}}""",
            await ExecutionHarness.ExecuteToJsonAsync(Schema, "{ obj { y { z } x } }", root));
    }

    [Fact]
    public async Task An_error_under_a_position_already_nulled_is_dropped()
    {
        // graphql-js: { obj: { a: () => delay(1, null), b: () => fail(30, 'late') }, other: () => delay(60, 'o') }
        var schema = SchemaBuilder.Build("type Query { obj: Obj other: String } type Obj { a: String! b: String c: [String!] }");
        // `a` is already null when execution starts, so the parent is nulled before `b` can fail, on any thread schedule.
        var a = Task.FromResult<object?>(null);
        var b = new TaskCompletionSource<object?>();
        var other = new TaskCompletionSource<object?>();
        var execution = ExecutionHarness.ExecuteToJsonAsync(
            schema, "{ obj { a b } other }", Map(("obj", Map(("a", a), ("b", b.Task))), ("other", other.Task)));
        b.SetException(new InvalidOperationException("late"));
        other.SetResult("o");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Obj.a.","locations":[{"line":1,"column":9}],"path":["obj","a"]}],"data":{"obj":null,"other":"o"}}""",
            await execution);

        // graphql-js: { obj: { c: [delay(1, null), fail(30, 'later item')] }, other: () => delay(60, 'o') }
        var first = Task.FromResult<object?>(null);
        var second = new TaskCompletionSource<object?>();
        other = new TaskCompletionSource<object?>();
        execution = ExecutionHarness.ExecuteToJsonAsync(
            schema, "{ obj { c } other }", Map(("obj", Map(("c", new List<object?> { first, second.Task }))), ("other", other.Task)));
        second.SetException(new InvalidOperationException("later item"));
        other.SetResult("o");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Obj.c.","locations":[{"line":1,"column":9}],"path":["obj","c",0]}],"data":{"obj":{"c":null},"other":"o"}}""",
            await execution);
    }

    [Fact]
    public async Task Errors_keep_the_order_they_arose_in()
    {
        var schema = SchemaBuilder.Build("type Query { obj: Obj } type Obj { a: String! b: String c: [String!] }");
        Assert.Equal(
            """{"errors":[{"message":"first","locations":[{"line":1,"column":9}],"path":["obj","b"]},{"message":"Cannot return null for non-nullable field Obj.a.","locations":[{"line":1,"column":11}],"path":["obj","a"]}],"data":{"obj":null}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ obj { b a } }", Map(("obj", Map(("a", null), ("b", Fn(() => throw new InvalidOperationException("first"))))))));
    }

    [Fact]
    public async Task Every_task_shape_is_awaited_whether_finished_or_running()
    {
        var schema = SchemaBuilder.Build("type Query { a: String b: Int c: String d: String e: Int f: String }");
        var query = (ObjectType)schema.GetType("Query")!;
        query.Fields["a"].Resolver = _ => RunningString();
        query.Fields["b"].Resolver = _ => RunningValueTask();
        query.Fields["c"].Resolver = _ => RunningTask();
        query.Fields["d"].Resolver = _ => new ValueTask(Task.Delay(1));
        query.Fields["e"].Resolver = _ => Task.FromResult(5);
        query.Fields["f"].Resolver = _ => new ValueTask<string>("done");
        Assert.Equal(
            """{"data":{"a":"text","b":7,"c":null,"d":null,"e":5,"f":"done"}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ a b c d e f }"));

        static async Task<string> RunningString()
        {
            await Task.Delay(1);
            return "text";
        }

        static async ValueTask<int> RunningValueTask()
        {
            await Task.Delay(1);
            return 7;
        }

        static async Task RunningTask() => await Task.Delay(1);
    }

    [Fact]
    public void Synchronous_resolvers_complete_synchronously()
    {
        var task = Platform.GraphQL.Execution.Executor.ExecuteAsync(new Platform.GraphQL.Execution.ExecutionRequest
        {
            Schema = Schema,
            Document = Platform.GraphQL.Language.Parser.Parse("{ a b obj { x } }"),
            RootValue = Map(("a", "A"), ("b", 1), ("obj", Map(("x", "X")))),
        });
        Assert.True(task.IsCompletedSuccessfully);
    }

    internal static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    internal static Func<object?> Fn(Func<object?> function) => function;

    internal static async Task<object?> Delay(int milliseconds, object? value)
    {
        await Task.Delay(milliseconds);
        return value;
    }

    internal static async Task<object?> Fail(int milliseconds, string message)
    {
        await Task.Delay(milliseconds);
        throw new InvalidOperationException(message);
    }
}
