using Platform.GraphQL.Pagination;
using Platform.GraphQL.Tests.Execution;
using Platform.GraphQL.Types;
using Platform.GraphQL.Types.Clr;

namespace Platform.GraphQL.Tests.Pagination;

/// <summary>A connection built with a count function counts only when <c>totalCount</c> is selected, SDL-first and code-first.</summary>
public class LazyTotalCountTests
{
    private static readonly string Sdl = $$"""
        type Query { words: StringConnection! }
        {{ConnectionSchema.TypesFor("String")}}
        {{ConnectionSchema.PageInfo}}
        """;

    [Theory]
    [InlineData("{ words { nodes } }", 0, """{"data":{"words":{"nodes":["a","b"]}}}""")]
    [InlineData("{ words { nodes totalCount } }", 1, """{"data":{"words":{"nodes":["a","b"],"totalCount":7}}}""")]
    [InlineData("{ words { one: totalCount two: totalCount } }", 1, """{"data":{"words":{"one":7,"two":7}}}""")]
    public async Task An_sdl_connection_counts_only_when_totalCount_is_selected(string query, int counts, string expected)
    {
        var counter = new Counter();
        var schema = SchemaBuilder.Build(Sdl);
        ((ObjectType)schema.QueryType!).Fields["words"].Resolver = _ => counter.Page();

        var json = await ExecutionHarness.ExecuteToJsonAsync(schema, query);

        Assert.Equal(expected, json);
        Assert.Equal(counts, counter.Counts);
    }

    [Theory]
    [InlineData("{ words { nodes } }", 0, """{"data":{"words":{"nodes":["a","b"]}}}""")]
    [InlineData("{ words { totalCount } }", 1, """{"data":{"words":{"totalCount":7}}}""")]
    public async Task A_code_first_connection_counts_only_when_totalCount_is_selected(string query, int counts, string expected)
    {
        WordQuery.Counter = new Counter();
        var schema = new ClrSchemaBuilder().AddQueryType<WordQuery>().Build();

        var json = await ExecutionHarness.ExecuteToJsonAsync(schema, query);

        Assert.Equal("Int!", ((ObjectType)schema.GetType("StringConnection")!).Fields["totalCount"].Type.ToString());
        Assert.Equal(expected, json);
        Assert.Equal(counts, WordQuery.Counter.Counts);
    }

    [Fact]
    public async Task The_int_constructor_still_gives_its_total()
    {
        var page = new Connection<string>([], new PageInfo(false, false, null, null), 3);

        Assert.Equal(3, await page.TotalCount);
    }

    /// <summary>The code-first root; its counter is per test (this class's tests run one at a time).</summary>
    public sealed class WordQuery
    {
        public static Counter Counter { get; set; } = new();

        public Connection<string> Words => Counter.Page();
    }

    public sealed class Counter
    {
        private int _counts;

        public int Counts => Volatile.Read(ref _counts);

        public Connection<string> Page() => new(
            [new Edge<string>("a", "0"), new Edge<string>("b", "1")],
            new PageInfo(true, false, "0", "1"),
            async cancellationToken =>
            {
                Interlocked.Increment(ref _counts);
                await Task.Yield();
                return 7;
            },
            CancellationToken.None);
    }
}
