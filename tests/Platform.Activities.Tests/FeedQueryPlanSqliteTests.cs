using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.GraphQL;
using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>
/// SQLite's plan for a feed page (EXPLAIN QUERY PLAN of the very command EF Core sends): a region page and the whole
/// feed each read their index in feed order, seek it to the cursor, and sort nothing.
/// </summary>
public sealed class FeedQueryPlanSqliteTests
{
    [Theory]
    [InlineData(true, false, "ix_activity_regions_feed (unit_id=? AND listed=?)")]
    [InlineData(true, true, "ix_activity_regions_feed (unit_id=? AND listed=? AND updated_at>?)")]
    [InlineData(false, false, "ix_activities_feed")]
    [InlineData(false, true, "ix_activities_feed (updated_at>?)")]
    public async Task A_feed_page_reads_its_index_in_order_without_sorting(bool inRegion, bool afterCursor, string expectedIndexUse)
    {
        var options = new DbContextOptionsBuilder<ActivitiesDbContext>().UseSqlite("Data Source=:memory:").Options;
        await using var db = new ActivitiesDbContext(options);
        await db.Database.OpenConnectionAsync();
        await db.Database.EnsureCreatedAsync();
        var filter = new FeedFilter(inRegion ? NewId() : null, null, null, null, UpdatedSince: null);
        FeedCursor? cursor = afterCursor ? new FeedCursor(Start.UtcTicks, NewId()) : null;

        await using var command = filter.Page(db, cursor, take: 51).CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.EndsWith(expectedIndexUse, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}
