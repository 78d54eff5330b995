using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Independent fields of a query run concurrently (spec §6.3 "normally executed in parallel").</summary>
public class ConcurrencyTests
{
    [Fact]
    public async Task Sibling_query_fields_wait_on_each_other_without_deadlock()
    {
        // Each resolver finishes only after the other has started: run one after the other, this would never complete.
        var schema = SchemaBuilder.Build("type Query { a: String b: String }");
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var query = (ObjectType)schema.GetType("Query")!;
        query.Fields["a"].Resolver = _ => Meet(aStarted, bStarted, "a");
        query.Fields["b"].Resolver = _ => Meet(bStarted, aStarted, "b");

        var execution = ExecutionHarness.ExecuteToJsonAsync(schema, "{ a b }");
        var finished = await Task.WhenAny(execution, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.Same(execution, finished);
        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", await execution);
    }

    [Fact]
    public async Task Fields_of_list_items_also_run_concurrently()
    {
        var schema = SchemaBuilder.Build("type Query { items: [Item] } type Item { v: Int }");
        var started = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ((ObjectType)schema.GetType("Query")!).Fields["items"].Resolver = _ => new[] { 1, 2, 3 };
        ((ObjectType)schema.GetType("Item")!).Fields["v"].Resolver = context => WaitForAll((int)context.Source!);

        var execution = ExecutionHarness.ExecuteToJsonAsync(schema, "{ items { v } }");
        var finished = await Task.WhenAny(execution, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.Same(execution, finished);
        Assert.Equal("""{"data":{"items":[{"v":1},{"v":2},{"v":3}]}}""", await execution);

        async Task<int> WaitForAll(int value)
        {
            if (Interlocked.Increment(ref started) == 3)
            {
                allStarted.SetResult();
            }

            await allStarted.Task;
            return value;
        }
    }

    private static async Task<string> Meet(TaskCompletionSource mine, TaskCompletionSource other, string value)
    {
        mine.SetResult();
        await other.Task;
        return value;
    }
}
