using System.Security.Claims;
using Platform.Hosting.Security;

namespace Platform.Venues.Domain;

/// <summary>
/// Who may change which venues: a platform admin any venue; a unit admin (or province admin) only venues of the very unit
/// in their <c>unit</c> claim. The unit tree lives in the Organization module, so this module cannot tell whether a venue's
/// unit lies inside an admin's subtree: it matches the unit exactly. Anyone else (anonymous, volunteers) may change nothing.
/// </summary>
public static class VenueAccess
{
    /// <summary>
    /// Throws unless <paramref name="user"/> is an administrator at all; mutations check this before reading anything,
    /// so callers who may change nothing learn nothing about which ids exist.
    /// </summary>
    public static void EnsureAdministrator(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw VenueErrors.Create(VenueErrors.Unauthenticated, "Changing venues needs a signed-in administrator.");
        }

        if (!user.IsInRole(PlatformRoles.PlatformAdmin) && !user.IsInRole(PlatformRoles.ProvinceAdmin) && !user.IsInRole(PlatformRoles.UnitAdmin))
        {
            throw VenueErrors.Create(VenueErrors.Forbidden, "Only administrators may change venues.");
        }
    }

    /// <summary>Throws unless <paramref name="user"/> may change the venues of the unit <paramref name="unitId"/>.</summary>
    public static void EnsureCanChange(ClaimsPrincipal? user, string unitId)
    {
        EnsureAdministrator(user);
        if (user!.IsInRole(PlatformRoles.PlatformAdmin))
        {
            return;
        }

        if (!string.Equals(user.UnitId(), unitId, StringComparison.Ordinal))
        {
            throw VenueErrors.Create(VenueErrors.Forbidden, "An administrator may change only the venues of the unit they administer.");
        }
    }
}
