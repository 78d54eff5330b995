using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.GraphQL.DataLoader;

namespace Platform.Activities.GraphQL;

/// <summary>Orders by id, one query per batch: <c>serviceOrder(id:)</c> and entity references go through it.</summary>
public sealed class ServiceOrderByIdLoader(DataLoaderScope scope, ActivitiesContexts contexts) : BatchDataLoader<string, ServiceOrder>(scope)
{
    protected override async Task<IReadOnlyDictionary<string, ServiceOrder>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.ServiceOrders.Where(o => keys.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The history of many orders in one query, each in step order.</summary>
public sealed class ServiceOrderHistoryLoader(DataLoaderScope scope, ActivitiesContexts contexts) : GroupedDataLoader<string, ServiceOrderHistoryEntry>(scope)
{
    protected override async Task<ILookup<string, ServiceOrderHistoryEntry>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var entries = await db.ServiceOrderHistory.Where(e => keys.Contains(e.OrderId)).OrderBy(e => e.OrderId).ThenBy(e => e.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return entries.ToLookup(e => e.OrderId);
    }
}
