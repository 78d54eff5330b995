using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>
/// The public feed's filters and how the database reads them. Without a region a page walks <c>ix_activities_feed</c>
/// in (updated_at, id) order; with one it walks the region's range of <c>ix_activity_regions_feed</c> (unit, listed,
/// updated_at, activity) in the same order and looks each activity up by id, so a page reads about as many rows as
/// it returns however large the region, and nothing is sorted.
/// </summary>
internal sealed record FeedFilter(string? Region, PracticeContent? Content, DateTimeOffset? From, DateTimeOffset? To, DateTimeOffset? UpdatedSince)
{
    /// <summary>At most <paramref name="take"/> activities after <paramref name="cursor"/>, in feed order.</summary>
    public Task<List<Activity>> PageAsync(ActivitiesDbContext db, FeedCursor? cursor, int take, CancellationToken cancellationToken) =>
        Page(db, cursor, take).ToListAsync(cancellationToken);

    /// <summary>The query of <see cref="PageAsync"/>.</summary>
    public IQueryable<Activity> Page(ActivitiesDbContext db, FeedCursor? cursor, int take)
    {
        if (Region is null)
        {
            var listed = Listed(db);
            var page = cursor is { } position ? position.After(listed) : listed;
            return page.OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id).Take(take);
        }

        var rows = RegionRows(db);
        var after = cursor is { } start ? start.After(rows) : rows;
        return (from r in after
                join a in Activities(db) on r.ActivityId equals a.Id
                orderby r.UpdatedAt, r.ActivityId
                select a).Take(take);
    }

    /// <summary>How many activities the whole feed (every page) holds.</summary>
    public Task<int> CountAsync(ActivitiesDbContext db, CancellationToken cancellationToken) =>
        Region is null
            ? Listed(db).CountAsync(cancellationToken)
            : Content is null && From is null && To is null
                ? RegionRows(db).CountAsync(cancellationToken)
                : RegionRows(db).Join(Activities(db), r => r.ActivityId, a => a.Id, (r, a) => a).CountAsync(cancellationToken);

    private IQueryable<Activity> Listed(ActivitiesDbContext db)
    {
        var listed = Activities(db).Where(a => a.IsPublic && a.PublishedAt != null);
        return UpdatedSince is { } since ? listed.Where(a => a.UpdatedAt >= since) : listed;
    }

    private IQueryable<ActivityRegion> RegionRows(ActivitiesDbContext db)
    {
        // "listed = @listed" rather than the bare column: SQLite seeks an index past a column only for "column = value".
        var listed = true;
        var rows = db.Set<ActivityRegion>().Where(r => r.UnitId == Region && r.Listed == listed);
        return UpdatedSince is { } since ? rows.Where(r => r.UpdatedAt >= since) : rows;
    }

    /// <summary>The filters on the activity itself (its content and start).</summary>
    private IQueryable<Activity> Activities(ActivitiesDbContext db)
    {
        var activities = db.Set<Activity>().AsQueryable();
        if (Content is { } wanted)
        {
            activities = activities.Where(a => a.Content == wanted);
        }

        if (From is { } start)
        {
            activities = activities.Where(a => a.StartsAt >= start);
        }

        if (To is { } end)
        {
            activities = activities.Where(a => a.StartsAt < end);
        }

        return activities;
    }
}
