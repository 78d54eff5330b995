using System.Security.Claims;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Hierarchy;

namespace Platform.Activities.GraphQL;

/// <summary>What an order refers to (its units, team or volunteer), its history, and the steps its state allows.</summary>
[ExtendObjectType(typeof(ServiceOrder))]
public sealed class ServiceOrderFields
{
    /// <summary>Federation: other subgraphs reference orders by id; null for an order the caller may not see.</summary>
    public static async Task<ServiceOrder?> ResolveReference(
        [ID] string id, ServiceOrderByIdLoader orders, ClaimsPrincipal? user, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        var order = EntityIds.IsWellFormed(id) ? await orders.LoadAsync(id, cancellationToken).ConfigureAwait(false) : null;
        return order is not null && await ServiceOrderAccess.CanSeeAsync(user, order, hierarchy, cancellationToken).ConfigureAwait(false) ? order : null;
    }

    [GraphQLDescription("The unit the order is with now (the unit asked, or a higher one after escalation).")]
    public ActivityOrgUnitRef GetUnit([Parent] ServiceOrder order) => new(order.UnitId);

    [GraphQLDescription("The unit the citizen asked.")]
    public ActivityOrgUnitRef GetOriginUnit([Parent] ServiceOrder order) => new(order.OriginUnitId);

    [GraphQLDescription("The team the order is with, when it is with a team.")]
    public ActivityTeamRef? GetTeam([Parent] ServiceOrder order) =>
        order.AssigneeKind == ServiceOrderAssigneeKind.Team && order.AssigneeId is { } id ? new ActivityTeamRef(id) : null;

    [GraphQLDescription("The volunteer the order is with, when it is with a volunteer.")]
    public ActivityVolunteerRef? GetVolunteer([Parent] ServiceOrder order) =>
        order.AssigneeKind == ServiceOrderAssigneeKind.Volunteer && order.AssigneeId is { } id ? new ActivityVolunteerRef(id) : null;

    [GraphQLDescription("Whether the caller is the citizen who placed the order.")]
    public bool GetPlacedByMe([Parent] ServiceOrder order, ClaimsPrincipal? user) =>
        user is not null && ServiceOrderAccess.IsOrderingCitizen(user, order);

    [GraphQLDescription("Every step taken, in order: placing first.")]
    public async Task<IReadOnlyList<ServiceOrderHistoryEntry>> GetHistoryAsync(
        [Parent] ServiceOrder order, ServiceOrderHistoryLoader history, CancellationToken cancellationToken) =>
        await history.LoadAsync(order.Id, cancellationToken).ConfigureAwait(false);

    [GraphQLDescription("The steps the workflow allows in the order's state (whoever may take them).")]
    public IReadOnlyList<ServiceOrderAction> GetNextSteps([Parent] ServiceOrder order) => ServiceOrderTransitions.AllowedIn(order.Status);
}

/// <summary>The unit a history entry left the order with.</summary>
[ExtendObjectType(typeof(ServiceOrderHistoryEntry))]
public sealed class ServiceOrderHistoryEntryFields
{
    [GraphQLDescription("The unit the order was with after this step.")]
    public ActivityOrgUnitRef GetUnit([Parent] ServiceOrderHistoryEntry entry) => new(entry.UnitId);
}
