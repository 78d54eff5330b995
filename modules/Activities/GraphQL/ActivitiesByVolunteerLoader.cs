using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.GraphQL.DataLoader;

namespace Platform.Activities.GraphQL;

/// <summary>The activities many volunteers signed up for (sign-ups not cancelled), newest first: one query per batch.</summary>
public sealed class ActivitiesByVolunteerLoader(DataLoaderScope scope, ActivitiesContexts contexts) : GroupedDataLoader<string, Activity>(scope)
{
    protected override async Task<ILookup<string, Activity>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var rows = await (
            from signUp in db.Set<ActivitySignUp>()
            join activity in db.Set<Activity>() on signUp.ActivityId equals activity.Id
            where keys.Contains(signUp.VolunteerId) && signUp.CancelledAt == null
            orderby activity.StartsAt descending, activity.Id
            select new { signUp.VolunteerId, Activity = activity })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(row => row.VolunteerId, row => row.Activity);
    }
}
