using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.GraphQL.DataLoader;

namespace Platform.Activities.GraphQL;

/// <summary>The activities many teams serve in, newest first, drafts left out: one query per batch (internal ones kept; the field filters).</summary>
public sealed class ActivitiesByTeamLoader(DataLoaderScope scope, ActivitiesContexts contexts) : GroupedDataLoader<string, Activity>(scope)
{
    protected override async Task<ILookup<string, Activity>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var rows = await (
            from link in db.Set<ActivityTeamLink>()
            join activity in db.Set<Activity>() on link.ActivityId equals activity.Id
            where keys.Contains(link.TeamId) && activity.Status != ActivityStatus.Draft
            orderby activity.StartsAt descending, activity.Id
            select new { link.TeamId, Activity = activity })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(row => row.TeamId, row => row.Activity);
    }
}
