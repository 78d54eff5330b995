using System.Security.Claims;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Hierarchy;

namespace Platform.Activities.GraphQL;

/// <summary>The orders a team has: all teams of a request in one query; each order shown only to those who may see it.</summary>
[ExtendObjectType(typeof(ActivityTeamRef))]
public sealed class ServiceOrderTeamFields
{
    [GraphQLDescription("Orders dispatched to or grabbed for this team, newest first (those the caller may see).")]
    public async Task<IReadOnlyList<ServiceOrder>> GetServiceOrdersAsync(
        [Parent] ActivityTeamRef team, ServiceOrdersByTeamLoader orders, ClaimsPrincipal? user, IUnitHierarchy hierarchy, CancellationToken cancellationToken,
        ServiceOrderStatus? status = null) =>
        await Visible(await orders.LoadAsync(team.Id, cancellationToken).ConfigureAwait(false), status, user, hierarchy, cancellationToken).ConfigureAwait(false);

    internal static async Task<IReadOnlyList<ServiceOrder>> Visible(
        ServiceOrder[] orders, ServiceOrderStatus? status, ClaimsPrincipal? user, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        var visible = new List<ServiceOrder>();
        foreach (var order in orders.Where(o => status is null || o.Status == status))
        {
            if (await ServiceOrderAccess.CanSeeAsync(user, order, hierarchy, cancellationToken).ConfigureAwait(false))
            {
                visible.Add(order);
            }
        }

        return visible;
    }
}

/// <summary>The orders a volunteer has: all volunteers of a request in one query; each order shown only to those who may see it.</summary>
[ExtendObjectType(typeof(ActivityVolunteerRef))]
public sealed class ServiceOrderVolunteerFields
{
    [GraphQLDescription("Orders dispatched to or grabbed by this volunteer, newest first (those the caller may see).")]
    public async Task<IReadOnlyList<ServiceOrder>> GetServiceOrdersAsync(
        [Parent] ActivityVolunteerRef volunteer, ServiceOrdersByVolunteerLoader orders, ClaimsPrincipal? user, IUnitHierarchy hierarchy, CancellationToken cancellationToken,
        ServiceOrderStatus? status = null) =>
        await ServiceOrderTeamFields.Visible(await orders.LoadAsync(volunteer.Id, cancellationToken).ConfigureAwait(false), status, user, hierarchy, cancellationToken).ConfigureAwait(false);
}
