using System.Security.Claims;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;

namespace Platform.Activities.GraphQL;

/// <summary>
/// Placing an order (群众点单) and bringing it to someone who serves it: dispatching (中心派单), opening it for grabs,
/// redispatching, accepting (接单) and rejecting. Each step goes through <see cref="ServiceOrderWorkflow"/>.
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class ServiceOrderMutations
{
    [GraphQLDescription("A citizen orders a service from a unit (群众点单). Needs a citizen token; the token's subject is the orderer.")]
    public async Task<ServiceOrder> PlaceServiceOrderAsync(
        PlaceServiceOrderInput input, ClaimsPrincipal? user, ActivitiesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = UnitScope.EnsureSignedIn(user, "order a service");
        if (!caller.IsInRole(PlatformRoles.Citizen) || caller.Subject() is not { Length: > 0 } subject)
        {
            throw ActivityErrors.Create(ActivityErrors.Forbidden, "Only citizens (a citizen token with a subject) order services.");
        }

        ActivityErrors.EnsureId(input.UnitId, "a unit");
        var need = ServiceOrderRules.Text(input.Need, "need", ServiceOrderRules.MaxNeedLength);
        var now = clock.GetUtcNow();
        if (input.WishedTime is { } wished && wished <= now)
        {
            throw ActivityErrors.Create(ServiceOrderErrors.InvalidWishedTime, "The wished time must lie in the future.");
        }

        var order = new ServiceOrder
        {
            Id = EntityIds.New(),
            CitizenSubject = subject,
            UnitId = input.UnitId,
            OriginUnitId = input.UnitId,
            Need = need,
            Content = input.Content,
            WishedTime = input.WishedTime,
            Status = ServiceOrderStatus.Ordered,
            PlacedAt = now,
        };
        db.ServiceOrders.Add(order);
        ServiceOrderWorkflow.Record(db, order, ServiceOrderAction.Place, null, ServiceOrderActor.Citizen, caller, clock, null);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return order;
    }

    [GraphQLDescription("The unit dispatches an order to a team or a volunteer (中心派单): give exactly one of teamId and volunteerId.")]
    public Task<ServiceOrder> DispatchServiceOrderAsync(
        [ID] string id, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken,
        [ID] string? teamId = null, [ID] string? volunteerId = null) =>
        ServiceOrderWorkflow.TakeAsync(ServiceOrderAction.Dispatch, id, user, db, hierarchy, clock, (order, _) =>
        {
            (order.AssigneeKind, order.AssigneeId) = ServiceOrderAssignment.Of(teamId, volunteerId);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    [GraphQLDescription("The unit opens an order for any team or volunteer to grab.")]
    public Task<ServiceOrder> OpenServiceOrderAsync(
        [ID] string id, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken) =>
        ServiceOrderWorkflow.TakeAsync(ServiceOrderAction.OpenForGrabs, id, user, db, hierarchy, clock, (_, _) => Task.FromResult<string?>(null), cancellationToken);

    [GraphQLDescription("The unit dispatches a dispatched or open order to another team or volunteer (exactly one of teamId and volunteerId).")]
    public Task<ServiceOrder> RedispatchServiceOrderAsync(
        [ID] string id, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken,
        [ID] string? teamId = null, [ID] string? volunteerId = null, string? reason = null) =>
        ServiceOrderWorkflow.TakeAsync(ServiceOrderAction.Redispatch, id, user, db, hierarchy, clock, (order, _) =>
        {
            var assignee = ServiceOrderAssignment.Of(teamId, volunteerId);
            var why = ServiceOrderRules.OptionalText(reason, "reason", ServiceOrderRules.MaxReasonLength);
            (order.AssigneeKind, order.AssigneeId) = assignee;
            return Task.FromResult(why);
        }, cancellationToken);

    [GraphQLDescription(
        "Accepts an order (接单): the volunteer it is dispatched to, or for a team an administrator of the order's unit. An open order is " +
        "grabbed by a volunteer for themself, or by an administrator for the team named by teamId. Of several at once, one wins; the others get ORDER_CONFLICT.")]
    public Task<ServiceOrder> AcceptServiceOrderAsync(
        [ID] string id, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken,
        [ID] string? teamId = null) =>
        ServiceOrderWorkflow.TakeAsync(ServiceOrderAction.Accept, id, user, db, hierarchy, clock, (order, actor) =>
        {
            if (order.Status == ServiceOrderStatus.Open)
            {
                (order.AssigneeKind, order.AssigneeId) = actor == ServiceOrderActor.Volunteer
                    ? ServiceOrderAssignment.Of(null, ServiceOrderAccess.ActingVolunteer(user!))
                    : ServiceOrderAssignment.Of(teamId ?? throw ActivityErrors.Create(ServiceOrderErrors.InvalidAssignee, "An administrator grabs an open order for a team: give teamId."), null);
            }

            return Task.FromResult<string?>(null);
        }, cancellationToken);

    [GraphQLDescription("The assignee declines a dispatched order with a reason; it goes back to the unit to dispatch again.")]
    public Task<ServiceOrder> RejectServiceOrderAsync(
        [ID] string id, string reason, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken) =>
        ServiceOrderWorkflow.TakeAsync(ServiceOrderAction.Reject, id, user, db, hierarchy, clock, (order, _) =>
        {
            var why = ServiceOrderRules.Reason(reason, ServiceOrderAction.Reject);
            order.AssigneeKind = null;
            order.AssigneeId = null;
            return Task.FromResult<string?>(why);
        }, cancellationToken);
}
