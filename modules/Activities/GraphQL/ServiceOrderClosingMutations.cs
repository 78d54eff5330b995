using System.Security.Claims;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Hierarchy;

namespace Platform.Activities.GraphQL;

/// <summary>
/// Escalating an order to the level above, completing it, the citizen's rating (群众评单), the government's reward
/// (政府奖单) and cancelling. Each step goes through <see cref="ServiceOrderWorkflow"/>.
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class ServiceOrderClosingMutations
{
    [GraphQLDescription(
        "The unit cannot serve the order and passes it, with a reason, to the unit directly above (read from the Organization module); " +
        "the order waits there to be dispatched. ORDER_NO_HIGHER_LEVEL when no unit above is known.")]
    public Task<ServiceOrder> EscalateServiceOrderAsync(
        [ID] string id, string reason, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken) =>
        ServiceOrderWorkflow.TakeAsync(ServiceOrderAction.Escalate, id, user, db, hierarchy, clock, async (order, _) =>
        {
            var why = ServiceOrderRules.Reason(reason, ServiceOrderAction.Escalate);
            string? parent;
            try
            {
                parent = await hierarchy.GetParentAsync(order.UnitId, cancellationToken).ConfigureAwait(false);
            }
            catch (UnitHierarchyUnavailableException)
            {
                throw ActivityErrors.Create(ServiceOrderErrors.NoHigherLevel, "The unit tree cannot be read right now, so the level above is unknown; try again later.");
            }

            order.UnitId = parent ?? throw ActivityErrors.Create(ServiceOrderErrors.NoHigherLevel, "No unit above this order's unit is known, so it cannot be escalated.");
            order.AssigneeKind = null;
            order.AssigneeId = null;
            return why;
        }, cancellationToken);

    [GraphQLDescription("The service was done: the assignee (or an administrator of the order's unit) completes the order.")]
    public Task<ServiceOrder> CompleteServiceOrderAsync(
        [ID] string id, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken,
        string? note = null) =>
        ServiceOrderWorkflow.TakeAsync(ServiceOrderAction.Complete, id, user, db, hierarchy, clock, (_, _) =>
            Task.FromResult(ServiceOrderRules.OptionalText(note, "note", ServiceOrderRules.MaxReasonLength)), cancellationToken);

    [GraphQLDescription(
        "The workflow's rating step (群众评单): the citizen who ordered rates the completed service, 1 to 5 stars, with a comment, and the order " +
        "moves to RATED. (The Evaluation module's rateServiceOrder keeps satisfaction ratings for its statistics.)")]
    public Task<ServiceOrder> RateCompletedServiceOrderAsync(
        [ID] string id, int rating, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken,
        string? comment = null) =>
        ServiceOrderWorkflow.TakeAsync(ServiceOrderAction.Rate, id, user, db, hierarchy, clock, (order, _) =>
        {
            var stars = ServiceOrderRules.Rating(rating);
            var text = ServiceOrderRules.OptionalText(comment, "comment", ServiceOrderRules.MaxReasonLength);
            order.Rating = stars;
            order.RatingComment = text;
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    [GraphQLDescription("An administrator of the order's unit records the government's reward for a rated order (政府奖单, Shandong).")]
    public Task<ServiceOrder> RewardServiceOrderAsync(
        [ID] string id, string note, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken,
        int? points = null) =>
        ServiceOrderWorkflow.TakeAsync(ServiceOrderAction.Reward, id, user, db, hierarchy, clock, (order, _) =>
        {
            var text = ServiceOrderRules.Text(note, "note", ServiceOrderRules.MaxReasonLength);
            var awarded = ServiceOrderRules.RewardPoints(points);
            order.RewardNote = text;
            order.RewardPoints = awarded;
            return Task.FromResult<string?>(text);
        }, cancellationToken);

    [GraphQLDescription(
        "Cancels an order: the citizen who ordered, before it is accepted (reason optional); an administrator of its unit, until it is " +
        "completed, with a reason.")]
    public Task<ServiceOrder> CancelServiceOrderAsync(
        [ID] string id, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken,
        string? reason = null) =>
        ServiceOrderWorkflow.TakeAsync(ServiceOrderAction.Cancel, id, user, db, hierarchy, clock, (_, actor) =>
            Task.FromResult(actor == ServiceOrderActor.Administrator
                ? ServiceOrderRules.Reason(reason, ServiceOrderAction.Cancel)
                : ServiceOrderRules.OptionalText(reason, "reason", ServiceOrderRules.MaxReasonLength)), cancellationToken);
}
