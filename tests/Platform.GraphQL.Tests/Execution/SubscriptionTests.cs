using System.Runtime.CompilerServices;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Execution.ResolverTests;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>graphql-js 17.1.0 <c>subscribe</c>: events become results; source stream errors come back alone.</summary>
public class SubscriptionTests
{
    private const string Sdl = "type Query { n: Int } type Subscription { tick(upTo: Int!): Tick! broken: Int notStream: Int } type Tick { n: Int! label: String }";

    [Fact]
    public async Task Each_event_is_executed_as_the_root_value()
    {
        var schema = SchemaBuilder.Build(Sdl);
        ((ObjectType)schema.GetType("Subscription")!).Fields["tick"].Subscriber =
            context => new ValueTask<IAsyncEnumerable<object?>>(Ticks((int)context.Arguments["upTo"]!));

        Assert.Equal(
            [
                """{"data":{"tick":{"n":1,"label":"L1"}}}""",
                """{"data":{"tick":{"n":2,"label":null}}}""",
                """{"data":{"tick":{"n":3,"label":"L3"}}}""",
            ],
            await Events(schema, "subscription { tick(upTo: 3) { n label } }"));
    }

    [Fact]
    public async Task An_event_that_fails_to_complete_yields_an_error_result()
    {
        var schema = SchemaBuilder.Build(Sdl);
        var root = Map(("tick", Stream(Map(("tick", Map(("n", 1)))), Map(("tick", Map(("n", null)))))));
        Assert.Equal(
            [
                """{"data":{"tick":{"n":1}}}""",
                """{"errors":[{"message":"Cannot return null for non-nullable field Tick.n.","locations":[{"line":1,"column":32}],"path":["tick","n"]}],"data":null}""",
            ],
            await Events(schema, "subscription { tick(upTo: 2) { n } }", root));
    }

    [Theory]
    [InlineData("subscription { broken }", """{"errors":[{"message":"cannot subscribe","locations":[{"line":1,"column":16}],"path":["broken"]}]}""")]
    [InlineData("subscription { notStream }", """{"errors":[{"message":"Subscription field must return Async Iterable. Received: 42.","locations":[{"line":1,"column":16}],"path":["notStream"]}]}""")]
    [InlineData("subscription ($u: Int) { tick(upTo: $u) { n } }", """{"errors":[{"message":"Argument \"Subscription.tick(upTo:)\" has invalid value: Expected variable \"$u\" provided to type \"Int!\" to provide a runtime value.","locations":[{"line":1,"column":37}],"path":["tick"]}]}""")]
    public async Task A_source_stream_that_cannot_start_comes_back_as_errors(string query, string expected)
    {
        var schema = SchemaBuilder.Build(Sdl);
        var root = Map(("broken", Fn(() => throw new InvalidOperationException("cannot subscribe"))), ("notStream", Fn(() => 42)), ("tick", Stream()));
        var result = await Executor.SubscribeAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse(query), RootValue = root });
        Assert.Null(result.Stream);
        Assert.Equal(expected, ExecutionResultJsonWriter.ToJson(result.Error!));
    }

    private static async Task<List<string>> Events(Schema schema, string query, object? root = null)
    {
        var result = await Executor.SubscribeAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse(query), RootValue = root });
        Assert.Null(result.Error);
        var events = new List<string>();
        await foreach (var item in result.Stream!)
        {
            events.Add(ExecutionResultJsonWriter.ToJson(item));
        }

        return events;
    }

    private static async IAsyncEnumerable<object?> Ticks(int upTo, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= upTo; i++)
        {
            await Task.Yield();
            yield return Map(("tick", Map(("n", i), ("label", i == 2 ? null : "L" + i))));
        }
    }

    private static async IAsyncEnumerable<Dictionary<string, object?>> Stream(params Dictionary<string, object?>[] events)
    {
        foreach (var item in events)
        {
            await Task.Delay(1);
            yield return item;
        }
    }
}
