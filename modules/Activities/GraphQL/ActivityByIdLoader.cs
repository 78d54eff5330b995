using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.GraphQL.DataLoader;

namespace Platform.Activities.GraphQL;

/// <summary>Activities by id, one query per batch: <c>activity(id:)</c> and entity references go through it.</summary>
public sealed class ActivityByIdLoader(DataLoaderScope scope, ActivitiesContexts contexts) : BatchDataLoader<string, Activity>(scope)
{
    protected override async Task<IReadOnlyDictionary<string, Activity>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Set<Activity>().Where(a => keys.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken).ConfigureAwait(false);
    }
}
