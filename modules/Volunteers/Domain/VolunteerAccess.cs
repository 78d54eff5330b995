using System.Security.Claims;
using Platform.Hosting.Security;

namespace Platform.Volunteers.Domain;

/// <summary>
/// Who may do what. A platform admin anything; a unit admin only for the unit in their <c>unit</c> claim — exactly
/// that unit, since this module does not hold the unit tree (a county admin's scope does not yet reach its stations);
/// a volunteer reads their own full record and redeems their own points. Reads need a signed-in caller.
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
    public static void EnsureUnitAdmin(ClaimsPrincipal? user, string unitId, string action)
    {
        EnsureSignedIn(user);
        if (!AdministersUnit(user!, unitId))
        {
            throw VolunteerErrors.Create(VolunteerErrors.Forbidden, $"Only an administrator of the unit may {action}.");
        }
    }

    /// <summary>Redeeming points: the volunteer themself, their home unit's admin, or a platform admin.</summary>
    public static void EnsureCanRedeem(ClaimsPrincipal? user, string volunteerId, string homeUnitId)
    {
        EnsureSignedIn(user);
        if (!IsVolunteer(user!, volunteerId) && !AdministersUnit(user!, homeUnitId))
        {
            throw VolunteerErrors.Create(VolunteerErrors.Forbidden, "Only the volunteer or an administrator of their home unit may redeem their points.");
        }
    }

    /// <summary>Whether the caller may see a volunteer's ID-card number and phone unmasked.</summary>
    public static bool MaySeePersonalData(ClaimsPrincipal? user, string volunteerId, string homeUnitId) =>
        user?.Identity?.IsAuthenticated == true && (IsVolunteer(user, volunteerId) || AdministersUnit(user, homeUnitId));

    private static bool AdministersUnit(ClaimsPrincipal user, string unitId) =>
        user.IsInRole(PlatformRoles.PlatformAdmin)
        || (user.IsInRole(PlatformRoles.UnitAdmin) && string.Equals(user.UnitId(), unitId, StringComparison.Ordinal));

    private static bool IsVolunteer(ClaimsPrincipal user, string volunteerId) =>
        user.IsInRole(PlatformRoles.Volunteer) && string.Equals(user.VolunteerId(), volunteerId, StringComparison.Ordinal);
}
