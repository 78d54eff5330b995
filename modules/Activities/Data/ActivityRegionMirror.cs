using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Platform.Activities.Data;

/// <summary>
/// Keeps each <see cref="ActivityRegion"/> row's copy of its activity's feed keys in step. <see cref="ActivitiesDbContext"/>
/// calls it before every save, so any change of an activity's <c>updatedAt</c>, visibility or publication made through
/// the change tracker moves its region rows in the same transaction; a bulk <c>ExecuteUpdate</c> of
/// <c>updated_at</c> calls <see cref="TouchAsync"/> instead.
/// </summary>
internal static class ActivityRegionMirror
{
    public static async Task FollowAsync(ActivitiesDbContext db, CancellationToken cancellationToken)
    {
        var changed = Changed(db.ChangeTracker);
        if (changed.Count == 0)
        {
            return;
        }

        var stored = changed.Where(activity => db.Entry(activity).State != EntityState.Added).Select(activity => activity.Id).ToList();
        var rows = stored.Count == 0
            ? []
            : await db.Set<ActivityRegion>().AsTracking().Where(r => stored.Contains(r.ActivityId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        Apply(changed, rows);
    }

    public static void Follow(ActivitiesDbContext db)
    {
        var changed = Changed(db.ChangeTracker);
        if (changed.Count == 0)
        {
            return;
        }

        var stored = changed.Where(activity => db.Entry(activity).State != EntityState.Added).Select(activity => activity.Id).ToList();
        var rows = stored.Count == 0 ? [] : db.Set<ActivityRegion>().AsTracking().Where(r => stored.Contains(r.ActivityId)).ToList();
        Apply(changed, rows);
    }

    /// <summary>Sets the region rows' <c>updated_at</c> of an activity whose own was set by a bulk update.</summary>
    public static Task<int> TouchAsync(ActivitiesDbContext db, string activityId, DateTimeOffset updatedAt, CancellationToken cancellationToken) =>
        db.Set<ActivityRegion>().Where(r => r.ActivityId == activityId)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.UpdatedAt, updatedAt), cancellationToken);

    private static List<Activity> Changed(ChangeTracker tracker) =>
        [.. tracker.Entries<Activity>()
            .Where(entry => entry.State == EntityState.Added
                || (entry.State == EntityState.Modified
                    && (entry.Property(a => a.UpdatedAt).IsModified || entry.Property(a => a.IsPublic).IsModified || entry.Property(a => a.PublishedAt).IsModified)))
            .Select(entry => entry.Entity)];

    private static void Apply(List<Activity> changed, List<ActivityRegion> rows)
    {
        var byId = changed.ToDictionary(activity => activity.Id, StringComparer.Ordinal);
        foreach (var row in rows.Concat(changed.SelectMany(activity => activity.Regions)))
        {
            row.Follow(byId[row.ActivityId]);
        }
    }
}
