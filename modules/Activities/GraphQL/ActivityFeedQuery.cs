using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.GraphQL.Pagination;

namespace Platform.Activities.GraphQL;

/// <summary>
/// The public activity feed for media platforms: published public activities, ordered by last change then id, paged
/// by cursors that stay valid while activities change. Readable anonymously or with a media key (<c>X-Media-Key</c>).
/// </summary>
[ExtendObjectType("Query")]
public sealed class ActivityFeedQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    [GraphQLDescription("Published public activities, oldest change first. For incremental sync keep the last endCursor (or pass updatedSince, inclusive); an activity changed later shows up again at the end.")]
    public async Task<Connection<PublicActivity>> GetActivityFeedAsync(
        ActivitiesContexts contexts,
        CancellationToken cancellationToken,
        [GraphQLDescription("At most 200; default 50.")] int? first = null,
        string? after = null,
        [ID, GraphQLDescription("A unit: only activities organized in its subtree.")] string? region = null,
        PracticeContent? content = null,
        [GraphQLDescription("Activities starting at or after this instant.")] DateTimeOffset? from = null,
        [GraphQLDescription("Activities starting before this instant.")] DateTimeOffset? to = null,
        [GraphQLDescription("Activities changed at or after this instant.")] DateTimeOffset? updatedSince = null)
    {
        var size = first ?? DefaultPageSize;
        if (size is < 0 or > MaxPageSize)
        {
            throw ActivityErrors.Create(ActivityErrors.InvalidLimit, $"first must be 0 to {MaxPageSize}.");
        }

        var cursor = after is null ? (FeedCursor?)null : FeedCursor.Decode(after);
        if (region is not null)
        {
            ActivityErrors.EnsureId(region, "a unit");
        }

        await using var db = contexts.Create();
        var feed = Filter(db, region, content, from, to, updatedSince);
        var total = await feed.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = cursor is { } position ? position.After(feed) : feed;
        var rows = await page.OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id).Take(size + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var edges = rows.Take(size).Select(PublicActivity.Of).Select(item => new Edge<PublicActivity>(item, FeedCursor.Of(item).Encode())).ToList();
        var info = new PageInfo(rows.Count > size, cursor is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<PublicActivity>(edges, info, total);
    }

    internal static IQueryable<Activity> Filter(
        ActivitiesDbContext db, string? region, PracticeContent? content, DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset? updatedSince)
    {
        var feed = db.Set<Activity>().Where(a => a.IsPublic && a.PublishedAt != null);
        if (region is not null)
        {
            // "id IN (the region's activity ids)": the database can drive from the region's rows (one index range) rather
            // than probe the regions of every activity, which made a city's count on SQLite scan the whole table.
            feed = feed.Where(a => db.Set<ActivityRegion>().Where(r => r.UnitId == region).Select(r => r.ActivityId).Contains(a.Id));
        }

        if (content is { } wanted)
        {
            feed = feed.Where(a => a.Content == wanted);
        }

        if (from is { } start)
        {
            feed = feed.Where(a => a.StartsAt >= start);
        }

        if (to is { } end)
        {
            feed = feed.Where(a => a.StartsAt < end);
        }

        if (updatedSince is { } since)
        {
            feed = feed.Where(a => a.UpdatedAt >= since);
        }

        return feed;
    }
}
