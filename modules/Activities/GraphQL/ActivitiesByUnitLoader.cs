using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.GraphQL.DataLoader;

namespace Platform.Activities.GraphQL;

/// <summary>Which of a unit's activities a list asks for: a year (China time) or all, one content or all, and whether internal ones show.</summary>
public readonly record struct UnitActivitiesKey(string UnitId, int? Year, PracticeContent? Content, bool IncludeInternal);

/// <summary>
/// The activities of many units, newest first: one query for all units asking with the same filters (in a request
/// that is every unit of a list), drafts left out.
/// </summary>
public sealed class ActivitiesByUnitLoader(DataLoaderScope scope, ActivitiesContexts contexts) : GroupedDataLoader<UnitActivitiesKey, Activity>(scope)
{
    protected override async Task<ILookup<UnitActivitiesKey, Activity>> LoadGroupedBatchAsync(IReadOnlyList<UnitActivitiesKey> keys, CancellationToken cancellationToken)
    {
        var found = new List<(UnitActivitiesKey Key, Activity Activity)>();
        await using var db = contexts.Create();
        foreach (var group in keys.GroupBy(key => key with { UnitId = "" }))
        {
            var units = group.Select(key => key.UnitId).ToArray();
            var query = db.Set<Activity>().Where(a => units.Contains(a.OrganizingUnitId) && a.Status != ActivityStatus.Draft);
            if (!group.Key.IncludeInternal)
            {
                query = query.Where(a => a.IsPublic);
            }

            if (group.Key.Year is { } year)
            {
                var (start, end) = ActivityClock.Year(year);
                query = query.Where(a => a.StartsAt >= start && a.StartsAt < end);
            }

            if (group.Key.Content is { } content)
            {
                query = query.Where(a => a.Content == content);
            }

            var activities = await query.OrderByDescending(a => a.StartsAt).ThenBy(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            found.AddRange(activities.Select(activity => (group.Key with { UnitId = activity.OrganizingUnitId }, activity)));
        }

        return found.ToLookup(pair => pair.Key, pair => pair.Activity);
    }
}
