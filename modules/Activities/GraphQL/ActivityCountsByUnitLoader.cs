using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.GraphQL.DataLoader;

namespace Platform.Activities.GraphQL;

/// <summary>Yearly activity counts of many units by practice content: one grouped query per year asked.</summary>
public sealed class ActivityCountsByUnitLoader(DataLoaderScope scope, ActivitiesContexts contexts)
    : BatchDataLoader<(string UnitId, int Year), ActivityCounts>(scope)
{
    protected override async Task<IReadOnlyDictionary<(string UnitId, int Year), ActivityCounts>> LoadBatchAsync(
        IReadOnlyList<(string UnitId, int Year)> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(string, int), ActivityCounts>();
        await using var db = contexts.Create();
        foreach (var group in keys.GroupBy(key => key.Year))
        {
            var units = group.Select(key => key.UnitId).ToArray();
            var (start, end) = ActivityClock.Year(group.Key);
            var rows = await db.Set<Activity>()
                .Where(a => units.Contains(a.OrganizingUnitId) && (a.Status == ActivityStatus.Published || a.Status == ActivityStatus.Completed)
                    && a.StartsAt >= start && a.StartsAt < end)
                .GroupBy(a => new { a.OrganizingUnitId, a.Content })
                .Select(g => new { g.Key.OrganizingUnitId, g.Key.Content, Count = g.Count() })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var unit in units)
            {
                var counts = rows.Where(row => row.OrganizingUnitId == unit).ToDictionary(row => row.Content, row => row.Count);
                result[(unit, group.Key)] = ActivityCounts.Of(group.Key, counts);
            }
        }

        return result;
    }
}
