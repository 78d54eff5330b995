using System.Security.Claims;
using Platform.Activities.Data;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;

namespace Platform.Activities.Domain;

/// <summary>
/// Who sees an order and in which capacity someone may act on it. Both sides see the flow: the citizen who placed it,
/// administrators whose scope covers the unit it is with or the unit first asked, the volunteer it is dispatched to,
/// and, while it is open for grabs, every volunteer.
/// </summary>
public static class ServiceOrderAccess
{
    public static string? Subject(this ClaimsPrincipal user) => user.FindFirst(PlatformClaims.Subject)?.Value;

    /// <summary>The role the token carries, for the history (the first platform role found).</summary>
    public static string RoleOf(ClaimsPrincipal user) => PlatformRoles.All.FirstOrDefault(user.IsInRole) ?? "none";

    public static bool IsOrderingCitizen(ClaimsPrincipal user, ServiceOrder order) =>
        user.IsInRole(PlatformRoles.Citizen) && user.Subject() is { } subject && subject == order.CitizenSubject;

    public static bool IsAssignedVolunteer(ClaimsPrincipal user, ServiceOrder order) =>
        order.AssigneeKind == ServiceOrderAssigneeKind.Volunteer && ActingVolunteer(user) is { } volunteer && volunteer == order.AssigneeId;

    /// <summary>The volunteer a volunteer token acts for, or null.</summary>
    public static string? ActingVolunteer(ClaimsPrincipal user) =>
        user.IsInRole(PlatformRoles.Volunteer) ? user.VolunteerId() : null;

    public static async Task<bool> CanSeeAsync(ClaimsPrincipal? user, ServiceOrder order, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (IsOrderingCitizen(user, order) || IsAssignedVolunteer(user, order)
            || (order.Status == ServiceOrderStatus.Open && ActingVolunteer(user) is not null))
        {
            return true;
        }

        return await UnitScope.AdministersAsync(user, order.UnitId, hierarchy, cancellationToken).ConfigureAwait(false)
            || (order.OriginUnitId != order.UnitId
                && await UnitScope.AdministersAsync(user, order.OriginUnitId, hierarchy, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The first of <paramref name="allowed"/> that <paramref name="user"/> holds for <paramref name="order"/>, or null.
    /// A team's part is taken by an administrator of the order's unit (teams act through their unit's staff).
    /// </summary>
    public static async Task<ServiceOrderActor?> CapacityAsync(
        ClaimsPrincipal user, ServiceOrder order, IReadOnlyList<ServiceOrderActor> allowed, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        bool? administers = null;
        async Task<bool> Administers() =>
            administers ??= await UnitScope.AdministersAsync(user, order.UnitId, hierarchy, cancellationToken).ConfigureAwait(false);

        foreach (var actor in allowed)
        {
            var holds = actor switch
            {
                ServiceOrderActor.Citizen => IsOrderingCitizen(user, order),
                ServiceOrderActor.Volunteer => ActingVolunteer(user) is not null,
                ServiceOrderActor.Assignee => order.AssigneeKind == ServiceOrderAssigneeKind.Team ? await Administers() : IsAssignedVolunteer(user, order),
                ServiceOrderActor.Administrator => await Administers(),
                _ => false,
            };
            if (holds)
            {
                return actor;
            }
        }

        return null;
    }
}
