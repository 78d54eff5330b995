using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Data;
using Platform.Hosting.Hierarchy;

namespace Platform.Activities.GraphQL;

/// <summary>
/// Takes one step of an order, the same way for every step: a signed-in caller, a well-formed id, an order the caller
/// may see, a step the table allows in its state, a capacity the table allows for the step, then the step's own
/// checks. Only then are the order and one history entry saved together, guarded by the order's version: of two steps
/// taken on the same version at once, the second is refused with <see cref="ServiceOrderErrors.Conflict"/>.
/// Any refusal leaves the order and its history as they were.
/// </summary>
internal static class ServiceOrderWorkflow
{
    /// <summary>A step's own checks and changes; it must check everything before changing anything, and returns the reason to record.</summary>
    public delegate Task<string?> Step(ServiceOrder order, ServiceOrderActor actor);

    public static async Task<ServiceOrder> TakeAsync(
        ServiceOrderAction action,
        string id,
        ClaimsPrincipal? user,
        ActivitiesDbContext db,
        IUnitHierarchy hierarchy,
        TimeProvider clock,
        Step step,
        CancellationToken cancellationToken)
    {
        var caller = UnitScope.EnsureSignedIn(user, "act on a service order");
        ActivityErrors.EnsureId(id, "a service order");
        var order = await db.ServiceOrders.SingleOrDefaultAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false);
        if (order is null || !await ServiceOrderAccess.CanSeeAsync(caller, order, hierarchy, cancellationToken).ConfigureAwait(false))
        {
            throw order is not null && await LostTheGrabAsync(db, order, action, caller, cancellationToken).ConfigureAwait(false)
                ? ServiceOrderErrors.ConflictError(id)
                : ServiceOrderErrors.NotFoundError(id);
        }

        var rule = ServiceOrderTransitions.Find(order.Status, action) ?? throw ServiceOrderErrors.NotAllowed(order.Status, action);
        var actor = await ServiceOrderAccess.CapacityAsync(caller, order, rule.Actors, hierarchy, cancellationToken).ConfigureAwait(false)
            ?? throw ActivityErrors.Create(ActivityErrors.Forbidden, $"The step {action} is taken by: {string.Join(", ", rule.Actors)}; you are none of them for this order.");

        var from = order.Status;
        var reason = await step(order, actor).ConfigureAwait(false);
        order.Status = rule.To;
        Record(db, order, action, from, actor, caller, clock, reason);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || UniqueViolation.Is(error))
        {
            throw ServiceOrderErrors.ConflictError(id);
        }

        return order;
    }

    /// <summary>Bumps the version and adds the history entry for the step just applied to <paramref name="order"/>.</summary>
    public static void Record(
        ActivitiesDbContext db, ServiceOrder order, ServiceOrderAction action, ServiceOrderStatus? from, ServiceOrderActor actor, ClaimsPrincipal caller, TimeProvider clock, string? reason)
    {
        var now = clock.GetUtcNow();
        order.Version++;
        order.UpdatedAt = now;
        db.ServiceOrderHistory.Add(new ServiceOrderHistoryEntry
        {
            OrderId = order.Id,
            Sequence = order.Version,
            Action = action,
            From = from,
            To = order.Status,
            ActorSubject = caller.Subject() ?? "",
            Actor = actor,
            Role = ServiceOrderAccess.RoleOf(caller),
            At = now,
            Reason = reason,
            UnitId = order.UnitId,
        });
    }

    /// <summary>
    /// A volunteer who tried to grab an open order that someone else grabbed a moment before no longer sees it (it is
    /// not open any more); they lost a race, which is a conflict, not an order that never existed for them.
    /// </summary>
    private static async Task<bool> LostTheGrabAsync(ActivitiesDbContext db, ServiceOrder order, ServiceOrderAction action, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        action == ServiceOrderAction.Accept
        && ServiceOrderAccess.ActingVolunteer(caller) is not null
        && await db.ServiceOrderHistory.AnyAsync(
            e => e.OrderId == order.Id && e.Action == ServiceOrderAction.Accept && e.From == ServiceOrderStatus.Open, cancellationToken).ConfigureAwait(false);
}
