using System.Security.Claims;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.GraphQL.Pagination;
using Platform.Hosting.Hierarchy;

namespace Platform.Activities.GraphQL;

/// <summary>A unit's orders, for administrators whose scope covers the unit.</summary>
[ExtendObjectType(typeof(ActivityOrgUnitRef))]
public sealed class ServiceOrderUnitFields
{
    [GraphQLDescription("Orders with this unit now or first asked of it (escalated ones show at both), newest first; for administrators of the unit.")]
    public async Task<Connection<ServiceOrder>> GetServiceOrdersAsync(
        [Parent] ActivityOrgUnitRef unit, ClaimsPrincipal? user, ActivitiesContexts contexts, IUnitHierarchy hierarchy, CancellationToken cancellationToken,
        ServiceOrderStatus? status = null, int? first = null, string? after = null)
    {
        await UnitScope.EnsureAdministersAsync(user, unit.Id, "see a unit's service orders", hierarchy, cancellationToken).ConfigureAwait(false);
        await using var db = contexts.Create();
        var query = db.ServiceOrders.Where(o => o.UnitId == unit.Id || o.OriginUnitId == unit.Id);
        return await ServiceOrderQueries.Page(query, status, first, after, cancellationToken).ConfigureAwait(false);
    }
}
