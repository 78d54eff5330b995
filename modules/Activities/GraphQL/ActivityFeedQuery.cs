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

        var filter = new FeedFilter(region, content, from, to, updatedSince);
        List<Activity> rows;
        await using (var db = contexts.Create())
        {
            rows = await filter.PageAsync(db, cursor, size + 1, cancellationToken).ConfigureAwait(false);
        }

        var edges = rows.Take(size).Select(PublicActivity.Of).Select(item => new Edge<PublicActivity>(item, FeedCursor.Of(item).Encode())).ToList();
        var info = new PageInfo(rows.Count > size, cursor is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);

        // Counted on a context of its own, and only if the client selects totalCount: counting a large region costs more than its page.
        return new Connection<PublicActivity>(edges, info, CountAsync, cancellationToken);

        async Task<int> CountAsync(CancellationToken token)
        {
            await using var db = contexts.Create();
            return await filter.CountAsync(db, token).ConfigureAwait(false);
        }
    }
}
