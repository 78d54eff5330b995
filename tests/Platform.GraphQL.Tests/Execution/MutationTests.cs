using System.Collections.Concurrent;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Execution.ResolverTests;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Mutation root fields run one after another (spec §6.2.2); expected values from graphql-js 17.1.0.</summary>
public class MutationTests
{
    private const string Sdl = "type Query { n: Int } type Mutation { add(n: Int!): Int fail: Int! }";

    [Fact]
    public async Task Root_mutation_fields_start_only_after_the_previous_one_finished()
    {
        var schema = SchemaBuilder.Build(Sdl);
        var log = new ConcurrentQueue<string>();
        ((ObjectType)schema.GetType("Mutation")!).Fields["add"].Resolver = context => AddAsync((int)context.Arguments["n"]!);

        Assert.Equal(
            """{"data":{"first":1,"second":2,"third":3}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "mutation { first: add(n: 1) second: add(n: 2) third: add(n: 3) }"));
        Assert.Equal(["start1", "end1", "start2", "end2", "start3", "end3"], log);

        async Task<int> AddAsync(int n)
        {
            log.Enqueue("start" + n);
            await Task.Delay(30 - (n * 9));
            log.Enqueue("end" + n);
            return n;
        }
    }

    [Fact]
    public async Task A_failing_non_null_mutation_field_nulls_the_data()
    {
        var root = Map(("add", Fn(() => 1)), ("fail", Fn(() => Delay(1, null))));
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Mutation.fail.","locations":[{"line":1,"column":29}],"path":["fail"]}],"data":null}""",
            await ExecutionHarness.ExecuteToJsonAsync(SchemaBuilder.Build(Sdl), "mutation { first: add(n: 1) fail second: add(n: 2) }", root));
    }
}
