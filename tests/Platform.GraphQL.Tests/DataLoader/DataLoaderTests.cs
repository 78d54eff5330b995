using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Tests.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.DataLoader;

/// <summary>Keys requested while resolving one level of a result are fetched in one batch, counted here.</summary>
public class DataLoaderTests
{
    private const string Sdl = """
        type Query { parents(count: Int!, distinct: Int): [Parent!]! }
        type Parent { id: Int! child: Child children: [Child!]! }
        type Child { id: Int! grandchild: Grandchild }
        type Grandchild { id: Int! }
        """;

    private int _childBatches;
    private int _grandchildBatches;
    private readonly List<IReadOnlyList<int>> _childKeys = [];

    [Fact]
    public async Task Thousand_parents_with_a_child_field_cost_one_batch()
    {
        var schema = BuildSchema(asyncParents: false);

        var json = await ExecutionHarness.ExecuteToJsonAsync(schema, "{ parents(count: 1000) { id child { id } } }");

        Assert.Equal(1, _childBatches);
        Assert.Equal(1000, _childKeys[0].Count);
        Assert.StartsWith("""{"data":{"parents":[{"id":0,"child":{"id":0}},{"id":1,"child":{"id":100}},""", json);
        Assert.Contains("""{"id":999,"child":{"id":99900}}]}}""", json);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Each_nested_level_costs_one_batch(bool asyncParents)
    {
        var schema = BuildSchema(asyncParents);

        var json = await ExecutionHarness.ExecuteToJsonAsync(schema, "{ parents(count: 500) { child { grandchild { id } } } }");

        Assert.Equal(1, _childBatches);
        Assert.Equal(1, _grandchildBatches);
        Assert.Contains("""{"child":{"grandchild":{"id":4990000}}}]}}""", json);
    }

    [Fact]
    public async Task Repeated_keys_are_fetched_once()
    {
        var schema = BuildSchema(asyncParents: false);

        var json = await ExecutionHarness.ExecuteToJsonAsync(schema, "{ parents(count: 1000, distinct: 10) { child { id } again: child { id } } }");

        Assert.Equal(1, _childBatches);
        Assert.Equal(Enumerable.Range(0, 10), _childKeys[0]);
        Assert.EndsWith("""{"child":{"id":900},"again":{"id":900}}]}}""", json);
    }

    [Fact]
    public async Task Grouped_loader_returns_each_keys_values_and_empty_for_none()
    {
        var schema = BuildSchema(asyncParents: false);
        var groupBatches = 0;
        Field(schema, "Parent", "children").Resolver = context =>
            context.GroupLoader<int, int>("childrenByParent", (keys, _) =>
            {
                groupBatches++;
                var lookup = keys.Where(key => key % 2 == 0).SelectMany(key => new[] { key * 10, key * 10 + 1 }).ToLookup(child => child / 10);
                return Task.FromResult(lookup);
            }).LoadAsync((int)context.Source!);

        var json = await ExecutionHarness.ExecuteToJsonAsync(schema, "{ parents(count: 3) { id children { id } } }");

        Assert.Equal(1, groupBatches);
        Assert.Equal(
            """{"data":{"parents":[{"id":0,"children":[{"id":0},{"id":1}]},{"id":1,"children":[]},{"id":2,"children":[{"id":20},{"id":21}]}]}}""",
            json);
    }

    [Fact]
    public async Task A_failed_batch_is_a_field_error_at_every_field_that_waited_for_it()
    {
        var schema = BuildSchema(asyncParents: false);
        Field(schema, "Parent", "child").Resolver = context =>
            context.BatchLoader<int, int>("failing", (_, _) => throw new InvalidOperationException("child store is down"))
                .LoadAsync((int)context.Source!);

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ parents(count: 3) { id child { id } } }") });

        Assert.Equal(3, result.Errors!.Count);
        Assert.All(result.Errors, error => Assert.Equal("child store is down", error.Message));
        Assert.Equal(
            ["parents.0.child", "parents.1.child", "parents.2.child"],
            result.Errors.Select(error => string.Join('.', error.Path!)).Order());
        Assert.Equal(
            """{"errors":[{"message":"child store is down","locations":[{"line":1,"column":26}],"path":["parents",0,"child"]},{"message":"child store is down","locations":[{"line":1,"column":26}],"path":["parents",1,"child"]},{"message":"child store is down","locations":[{"line":1,"column":26}],"path":["parents",2,"child"]}],"data":{"parents":[{"id":0,"child":null},{"id":1,"child":null},{"id":2,"child":null}]}}""",
            ExecutionResultJsonWriter.ToJson(new ExecutionResult { Data = result.Data, HasData = true, Errors = [.. result.Errors.OrderBy(error => (int)error.Path![1])] }));
    }

    [Fact]
    public async Task A_batch_function_may_wait_on_another_loader()
    {
        var schema = BuildSchema(asyncParents: false);
        var nameBatches = 0;
        Field(schema, "Parent", "child").Resolver = context =>
        {
            var names = context.BatchLoader<int, string>("nameById", (keys, _) =>
            {
                nameBatches++;
                return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, key => $"n{key}"));
            });
            return context.BatchLoader<int, int>("childByName", async (keys, cancellationToken) =>
            {
                var resolved = await names.LoadAsync(keys, cancellationToken);
                return keys.Zip(resolved).ToDictionary(pair => pair.First, pair => pair.Second!.Length);
            }).LoadAsync((int)context.Source!);
        };

        var json = await ExecutionHarness.ExecuteToJsonAsync(schema, "{ parents(count: 200) { child { id } } }").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, nameBatches);
        Assert.EndsWith("""{"child":{"id":4}}]}}""", json);
    }

    [Fact]
    public async Task A_resolver_awaiting_one_loader_then_another_costs_one_batch_each()
    {
        var schema = BuildSchema(asyncParents: false);
        Field(schema, "Parent", "child").Resolver = context => ChildPlusOne(context);

        var json = await ExecutionHarness.ExecuteToJsonAsync(schema, "{ parents(count: 300) { child { id } } }");

        Assert.Equal(1, _childBatches);
        Assert.Equal(1, _grandchildBatches);
        Assert.EndsWith("""{"child":{"id":29901}}]}}""", json);

        async Task<int> ChildPlusOne(IResolveFieldContext context)
        {
            // As in ASP.NET Core, which has no SynchronizationContext to post the continuation to.
            var child = await ChildLoader(context).LoadAsync((int)context.Source!).ConfigureAwait(false);
            return await context.BatchLoader<int, int>("plusOne", (keys, _) =>
            {
                Interlocked.Increment(ref _grandchildBatches);
                return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(key => key, key => key + 1));
            }).LoadAsync(child);
        }
    }

    [Fact]
    public async Task Loaders_batch_within_each_serially_executed_mutation_field()
    {
        var schema = SchemaBuilder.Build("""
            type Query { unused: Int }
            type Mutation { first: [Parent!]! second: [Parent!]! }
            type Parent { id: Int! child: Child }
            type Child { id: Int! }
            """);
        foreach (var field in new[] { "first", "second" })
        {
            Field(schema, "Mutation", field).Resolver = _ => Task.FromResult(Enumerable.Range(0, 50).ToArray());
        }

        Field(schema, "Parent", "id").Resolver = context => context.Source;
        Field(schema, "Parent", "child").Resolver = context => ChildLoader(context).LoadAsync((int)context.Source!);
        Field(schema, "Child", "id").Resolver = context => context.Source;

        var json = await ExecutionHarness.ExecuteToJsonAsync(schema, "mutation { first { child { id } } second { child { id } } }");

        Assert.Equal(1, _childBatches);
        Assert.EndsWith("""{"child":{"id":4900}}]}}""", json);
    }

    [Fact]
    public async Task Cancelling_the_request_cancels_the_running_batch()
    {
        var schema = BuildSchema(asyncParents: false);
        using var cancellation = new CancellationTokenSource();
        var batchStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Field(schema, "Parent", "child").Resolver = context =>
            context.BatchLoader<int, int>("slow", async (keys, token) =>
            {
                batchStarted.SetResult();
                await Task.Delay(Timeout.Infinite, token);
                return keys.ToDictionary(key => key);
            }).LoadAsync((int)context.Source!);

        var execution = Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("{ parents(count: 3) { child { id } } }"),
            CancellationToken = cancellation.Token,
        });
        await batchStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_loader_class_from_scoped_services_batches_per_request()
    {
        var schema = BuildSchema(asyncParents: false);
        Field(schema, "Parent", "child").Resolver = context => context.DataLoader<ChildByIdLoader>().LoadAsync((int)context.Source!);
        var services = new ServiceCollection()
            .AddScoped<DataLoaderScope>()
            .AddScoped<ChildByIdLoader>()
            .AddSingleton<BatchCounter>()
            .BuildServiceProvider();

        foreach (var _ in Enumerable.Range(0, 2))
        {
            await using var request = services.CreateAsyncScope();
            var result = await Executor.ExecuteAsync(new ExecutionRequest
            {
                Schema = schema,
                Document = Parser.Parse("{ parents(count: 100) { child { id } } }"),
                Services = request.ServiceProvider,
            });
            Assert.Empty(result.Errors ?? []);
        }

        Assert.Equal(2, services.GetRequiredService<BatchCounter>().Batches);
    }

    private Schema BuildSchema(bool asyncParents)
    {
        var schema = SchemaBuilder.Build(Sdl);
        Field(schema, "Query", "parents").Resolver = context =>
        {
            var count = (int)context.Arguments["count"]!;
            var distinct = context.Arguments.GetValueOrDefault("distinct") as int? ?? count;
            var parents = Enumerable.Range(0, count).Select(i => i % distinct).ToArray();
            return asyncParents ? YieldThen(parents) : parents;
        };
        Field(schema, "Parent", "id").Resolver = context => context.Source;
        Field(schema, "Parent", "child").Resolver = context => ChildLoader(context, asyncParents).LoadAsync((int)context.Source!);
        Field(schema, "Child", "id").Resolver = context => context.Source;
        Field(schema, "Child", "grandchild").Resolver = context =>
            context.BatchLoader<int, int>("grandchildById", async (keys, _) =>
            {
                Interlocked.Increment(ref _grandchildBatches);
                await Task.Yield();
                return keys.ToDictionary(key => key, key => key * 100);
            }).LoadAsync((int)context.Source!);
        Field(schema, "Grandchild", "id").Resolver = context => context.Source;
        return schema;
    }

    private IDataLoader<int, int> ChildLoader(IResolveFieldContext context, bool asyncFetch = false) =>
        context.BatchLoader<int, int>("childById", async (keys, _) =>
        {
            Interlocked.Increment(ref _childBatches);
            lock (_childKeys)
            {
                _childKeys.Add(keys);
            }

            // Then the children's values arrive on another thread.
            if (asyncFetch)
            {
                await Task.Delay(1);
            }

            return keys.ToDictionary(key => key, key => key * 100);
        });

    private static async Task<int[]> YieldThen(int[] parents)
    {
        await Task.Yield();
        return parents;
    }

    private static FieldDefinition Field(Schema schema, string type, string field) => ((ObjectType)schema.GetType(type)!).Fields[field];

    private sealed class BatchCounter
    {
        public int Batches;
    }

    private sealed class ChildByIdLoader(DataLoaderScope scope, BatchCounter counter) : BatchDataLoader<int, int>(scope)
    {
        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counter.Batches);
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(key => key));
        }
    }
}
