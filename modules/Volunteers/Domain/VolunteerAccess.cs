using System.Security.Claims;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;

namespace Platform.Volunteers.Domain;

/// <summary>
/// Who may do what. A platform admin anything; a unit admin or province admin for the unit in their <c>unit</c> claim
/// and every unit below it (the tree is the Organization module's, read through <see cref="IUnitHierarchy"/>; when it
/// cannot be read the admin is refused); a volunteer reads their own full record and redeems their own points. Reads
/// need a signed-in caller.
/// </summary>
public static class VolunteerAccess
{
    public static void EnsureSignedIn(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw VolunteerErrors.Create(VolunteerErrors.Unauthenticated, "Volunteer data needs a signed-in caller.");
        }
    }

    /// <summary>Throws unless the caller administers <paramref name="unitId"/> (or the whole platform).</summary>
    public static async Task EnsureUnitAdminAsync(
        ClaimsPrincipal? user, string unitId, string action, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        EnsureSignedIn(user);
        if (!await AdministersUnitAsync(user!, unitId, hierarchy, cancellationToken).ConfigureAwait(false))
        {
            throw VolunteerErrors.Create(VolunteerErrors.Forbidden, $"Only an administrator of the unit may {action}.");
        }
    }

    /// <summary>Redeeming points: the volunteer themself, an administrator of their home unit, or a platform admin.</summary>
    public static async Task EnsureCanRedeemAsync(
        ClaimsPrincipal? user, string volunteerId, string homeUnitId, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        EnsureSignedIn(user);
        if (!IsVolunteer(user!, volunteerId) && !await AdministersUnitAsync(user!, homeUnitId, hierarchy, cancellationToken).ConfigureAwait(false))
        {
            throw VolunteerErrors.Create(VolunteerErrors.Forbidden, "Only the volunteer or an administrator of their home unit may redeem their points.");
        }
    }

    /// <summary>Whether the caller may see a volunteer's ID-card number and phone unmasked.</summary>
    public static async Task<bool> MaySeePersonalDataAsync(
        ClaimsPrincipal? user, string volunteerId, string homeUnitId, IUnitHierarchy hierarchy, CancellationToken cancellationToken) =>
        user?.Identity?.IsAuthenticated == true
        && (IsVolunteer(user, volunteerId) || await AdministersUnitAsync(user, homeUnitId, hierarchy, cancellationToken).ConfigureAwait(false));

    private static async Task<bool> AdministersUnitAsync(
        ClaimsPrincipal user, string unitId, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        try
        {
            return await AdministrativeScope.AdministersAsync(user, unitId, hierarchy, cancellationToken).ConfigureAwait(false);
        }
        catch (UnitHierarchyUnavailableException)
        {
            throw VolunteerErrors.Create(VolunteerErrors.Forbidden, "The unit tree cannot be read right now, so an administrator's scope cannot be checked; try again later.");
        }
    }

    private static bool IsVolunteer(ClaimsPrincipal user, string volunteerId) =>
        user.IsInRole(PlatformRoles.Volunteer) && string.Equals(user.VolunteerId(), volunteerId, StringComparison.Ordinal);
}
