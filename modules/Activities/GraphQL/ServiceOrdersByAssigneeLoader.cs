using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.GraphQL.DataLoader;

namespace Platform.Activities.GraphQL;

/// <summary>The orders dispatched to many teams (or volunteers) in one query, newest first.</summary>
public abstract class ServiceOrdersByAssigneeLoader(DataLoaderScope scope, ActivitiesContexts contexts, ServiceOrderAssigneeKind kind)
    : GroupedDataLoader<string, ServiceOrder>(scope)
{
    protected override async Task<ILookup<string, ServiceOrder>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var orders = await db.ServiceOrders
            .Where(o => o.AssigneeKind == kind && o.AssigneeId != null && keys.Contains(o.AssigneeId))
            .OrderByDescending(o => o.PlacedAt).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return orders.ToLookup(o => o.AssigneeId!);
    }
}

/// <summary>Orders dispatched to teams.</summary>
public sealed class ServiceOrdersByTeamLoader(DataLoaderScope scope, ActivitiesContexts contexts)
    : ServiceOrdersByAssigneeLoader(scope, contexts, ServiceOrderAssigneeKind.Team);

/// <summary>Orders dispatched to (or grabbed by) volunteers.</summary>
public sealed class ServiceOrdersByVolunteerLoader(DataLoaderScope scope, ActivitiesContexts contexts)
    : ServiceOrdersByAssigneeLoader(scope, contexts, ServiceOrderAssigneeKind.Volunteer);
