using System.Globalization;
using System.Text;
using Platform.Activities.Data;

namespace Platform.Activities.GraphQL;

/// <summary>
/// A feed position: the item's <c>updatedAt</c> and id, the feed's sort key. Unlike an offset it stays valid when
/// activities change between pages: the next page starts after this key whatever moved meanwhile (a changed activity
/// moves to the end, so a client paging on sees it again).
/// </summary>
public readonly record struct FeedCursor(long UpdatedAtTicks, string Id)
{
    public const string InvalidCursor = "INVALID_CURSOR";
    private const string Prefix = "feed1:";

    public static FeedCursor Of(PublicActivity activity) => new(activity.UpdatedAt.UtcTicks, activity.Id);

    public DateTimeOffset UpdatedAt => new(UpdatedAtTicks, TimeSpan.Zero);

    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Prefix}{UpdatedAtTicks.ToString(CultureInfo.InvariantCulture)}:{Id}"));

    public static FeedCursor Decode(string cursor)
    {
        try
        {
            var text = cursor.Length <= 200 ? Encoding.UTF8.GetString(Convert.FromBase64String(cursor)) : "";
            var parts = text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..].Split(':') : [];
            if (parts is [var ticks, var id] && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                && value <= DateTimeOffset.MaxValue.UtcTicks && Domain.EntityIds.IsWellFormed(id))
            {
                return new FeedCursor(value, id);
            }
        }
        catch (FormatException)
        {
        }

        throw Domain.ActivityErrors.Create(InvalidCursor, "\"after\" is not a cursor of this feed.");
    }

    // Written as "updatedAt >= at and (updatedAt > at or id > id)" so the database seeks its index to the position
    // instead of reading the range from its start.

    /// <summary>Activities strictly after this position in (updatedAt, id) order.</summary>
    public IQueryable<Activity> After(IQueryable<Activity> activities)
    {
        var at = UpdatedAt;
        var id = Id;
        return activities.Where(a => a.UpdatedAt >= at && (a.UpdatedAt > at || string.Compare(a.Id, id) > 0));
    }

    /// <summary>Region rows whose activity lies strictly after this position in (updatedAt, id) order.</summary>
    public IQueryable<ActivityRegion> After(IQueryable<ActivityRegion> regions)
    {
        var at = UpdatedAt;
        var id = Id;
        return regions.Where(r => r.UpdatedAt >= at && (r.UpdatedAt > at || string.Compare(r.ActivityId, id) > 0));
    }
}
