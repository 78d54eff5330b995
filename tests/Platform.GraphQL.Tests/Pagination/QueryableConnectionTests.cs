using Microsoft.EntityFrameworkCore;
using Platform.GraphQL.Pagination;

namespace Platform.GraphQL.Tests.Pagination;

/// <summary>Relay connections over EF Core queries: pages, page info and counts computed by SQLite, not in memory.</summary>
public class QueryableConnectionTests
{
    [Fact]
    public async Task Pages_forward_with_first_and_after()
    {
        using var db = PagingDatabase.Create();
        var query = db.Items.OrderBy(item => item.Id);

        var first = await query.ToConnectionAsync(first: 10, after: null, last: null, before: null);
        var second = await query.ToConnectionAsync(10, first.PageInfo.EndCursor, null, null);
        var third = await query.ToConnectionAsync(10, second.PageInfo.EndCursor, null, null);

        Assert.Equal(Enumerable.Range(1, 10), first.Nodes.Select(item => item.Id));
        Assert.Equal(new PageInfo(HasNextPage: true, HasPreviousPage: false, OffsetCursor.Encode(0), OffsetCursor.Encode(9)), first.PageInfo);
        Assert.Equal(Enumerable.Range(11, 10), second.Nodes.Select(item => item.Id));
        Assert.Equal(new PageInfo(true, true, OffsetCursor.Encode(10), OffsetCursor.Encode(19)), second.PageInfo);
        Assert.Equal(Enumerable.Range(21, 5), third.Nodes.Select(item => item.Id));
        Assert.Equal(new PageInfo(false, true, OffsetCursor.Encode(20), OffsetCursor.Encode(24)), third.PageInfo);
        var totals = await Task.WhenAll(first.TotalCount, second.TotalCount, third.TotalCount);
        Assert.All(totals, total => Assert.Equal(25, total));
    }

    [Fact]
    public async Task Pages_backward_with_last_and_before()
    {
        using var db = PagingDatabase.Create();
        var query = db.Items.OrderBy(item => item.Id);

        var last = await query.ToConnectionAsync(null, null, last: 10, before: null);
        var previous = await query.ToConnectionAsync(null, null, 10, last.PageInfo.StartCursor);
        var earliest = await query.ToConnectionAsync(null, null, 10, previous.PageInfo.StartCursor);

        Assert.Equal(Enumerable.Range(16, 10), last.Nodes.Select(item => item.Id));
        Assert.Equal(new PageInfo(HasNextPage: false, HasPreviousPage: true, OffsetCursor.Encode(15), OffsetCursor.Encode(24)), last.PageInfo);
        Assert.Equal(Enumerable.Range(6, 10), previous.Nodes.Select(item => item.Id));
        Assert.Equal(new PageInfo(true, true, OffsetCursor.Encode(5), OffsetCursor.Encode(14)), previous.PageInfo);
        Assert.Equal(Enumerable.Range(1, 5), earliest.Nodes.Select(item => item.Id));
        Assert.Equal(new PageInfo(true, false, OffsetCursor.Encode(0), OffsetCursor.Encode(4)), earliest.PageInfo);
    }

    [Fact]
    public async Task First_and_last_together_take_the_end_of_the_first_items()
    {
        using var db = PagingDatabase.Create();

        var page = await db.Items.OrderBy(item => item.Id).ToConnectionAsync(first: 10, after: OffsetCursor.Encode(4), last: 3, before: null);

        Assert.Equal([13, 14, 15], page.Nodes.Select(item => item.Id));
        Assert.True(page.PageInfo.HasNextPage);
        Assert.True(page.PageInfo.HasPreviousPage);
    }

    [Fact]
    public async Task Paging_and_counting_happen_in_sql_and_only_the_page_is_materialized()
    {
        using var db = PagingDatabase.Create();

        var page = await db.Items.OrderByDescending(item => item.Name).ToConnectionAsync(first: 5, after: OffsetCursor.Encode(9), last: null, before: null);

        Assert.Equal(5, page.Edges.Count);
        Assert.Equal(5, db.Recorded.MaterializedEntities);
        Assert.Equal(2, db.Recorded.Commands.Count);
        Assert.All(db.Recorded.Commands, command => Assert.DoesNotContain("SYNC", command));
        Assert.Contains("COUNT(*)", db.Recorded.Commands[0]);
        Assert.Contains("LIMIT", db.Recorded.Commands[1]);
        Assert.Contains("OFFSET", db.Recorded.Commands[1]);
        Assert.Contains("ORDER BY", db.Recorded.Commands[1]);
    }

    [Fact]
    public async Task An_empty_page_runs_only_the_count()
    {
        using var db = PagingDatabase.Create();

        var page = await db.Items.OrderBy(item => item.Id).ToConnectionAsync(first: 0, after: null, last: null, before: null);

        Assert.Empty(page.Edges);
        Assert.Equal(new PageInfo(true, false, null, null), page.PageInfo);
        Assert.Single(db.Recorded.Commands);
    }

    [Fact]
    public async Task Negative_counts_and_foreign_cursors_are_graphql_errors()
    {
        var query = Enumerable.Range(1, 5).AsQueryable().OrderBy(i => i);

        var negative = await Assert.ThrowsAsync<GraphQLError>(() => query.ToConnectionAsync(-1, null, null, null));
        var cursor = await Assert.ThrowsAsync<GraphQLError>(() => query.ToConnectionAsync(1, "bm90IGEgY3Vyc29y", null, null));

        Assert.Equal("Argument \"first\" must be a non-negative integer.", negative.Message);
        Assert.Equal("INVALID_PAGINATION_ARGUMENT", negative.Extensions!["code"]);
        Assert.Equal("Argument \"after\" is not a valid cursor.", cursor.Message);
    }

    [Fact]
    public async Task An_unordered_query_is_refused()
    {
        using var db = PagingDatabase.Create();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Items.Where(item => item.Id > 3).ToConnectionAsync(1, null, null, null));

        Assert.Contains("OrderBy", error.Message);
    }

    [Fact]
    public async Task Linq_to_objects_queries_page_synchronously()
    {
        var page = await Enumerable.Range(1, 5).AsQueryable().OrderBy(i => i).ToConnectionAsync(2, OffsetCursor.Encode(1), null, null);

        Assert.Equal([3, 4], page.Nodes);
        Assert.Equal(5, await page.TotalCount);
    }
}
