using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.GraphQL.Pagination;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;

namespace Platform.Activities.GraphQL;

/// <summary>Reading orders: one by id, a citizen's own, the open ones volunteers may grab, and the workflow's table.</summary>
[ExtendObjectType("Query")]
public sealed class ServiceOrderQueries
{
    [GraphQLDescription("The order with this id, or null when there is none the caller may see (the citizen who placed it, administrators of its units, its assignee).")]
    public async Task<ServiceOrder?> GetServiceOrderAsync(
        [ID] string id, ClaimsPrincipal? user, ServiceOrderByIdLoader orders, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        ActivityErrors.EnsureId(id, "a service order");
        return await ServiceOrderFields.ResolveReference(id, orders, user, hierarchy, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("The orders the signed-in citizen placed, newest first.")]
    public async Task<Connection<ServiceOrder>> GetMyServiceOrdersAsync(
        ClaimsPrincipal? user, ActivitiesContexts contexts, CancellationToken cancellationToken,
        ServiceOrderStatus? status = null, int? first = null, string? after = null)
    {
        var caller = UnitScope.EnsureSignedIn(user, "see your orders");
        if (!caller.IsInRole(PlatformRoles.Citizen) || caller.Subject() is not { } subject)
        {
            throw ActivityErrors.Create(ActivityErrors.Forbidden, "Only citizens have orders of their own.");
        }

        await using var db = contexts.Create();
        var query = db.ServiceOrders.Where(o => o.CitizenSubject == subject);
        return await Page(query, status, first, after, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("Orders open for grabs, optionally of one unit, oldest first: for volunteers and administrators.")]
    public async Task<Connection<ServiceOrder>> GetOpenServiceOrdersAsync(
        ClaimsPrincipal? user, ActivitiesContexts contexts, CancellationToken cancellationToken,
        [ID] string? unitId = null, int? first = null, string? after = null)
    {
        var caller = UnitScope.EnsureSignedIn(user, "see open orders");
        if (ServiceOrderAccess.ActingVolunteer(caller) is null && !UnitScope.IsAdministrator(caller))
        {
            throw ActivityErrors.Create(ActivityErrors.Forbidden, "Open orders are for volunteers and administrators.");
        }

        await using var db = contexts.Create();
        var query = db.ServiceOrders.Where(o => o.Status == ServiceOrderStatus.Open);
        if (unitId is not null)
        {
            ActivityErrors.EnsureId(unitId, "a unit");
            query = query.Where(o => o.UnitId == unitId);
        }

        return await query.OrderBy(o => o.PlacedAt).ThenBy(o => o.Id).ToConnectionAsync(first, after, null, null, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("The order workflow's transition table: every legal step, where it leads and who takes it.")]
    public IReadOnlyList<ServiceOrderTransitionInfo> GetServiceOrderTransitions() => ServiceOrderTransitionInfo.All;

    /// <summary>Newest first, optionally of one state, paged in SQL.</summary>
    internal static Task<Connection<ServiceOrder>> Page(
        IQueryable<ServiceOrder> query, ServiceOrderStatus? status, int? first, string? after, CancellationToken cancellationToken)
    {
        if (status is { } wanted)
        {
            query = query.Where(o => o.Status == wanted);
        }

        return query.OrderByDescending(o => o.PlacedAt).ThenBy(o => o.Id).ToConnectionAsync(first, after, null, null, cancellationToken);
    }
}
