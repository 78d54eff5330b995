using System.Security.Claims;
using Platform.Hosting.Security;

namespace Platform.Organization.Domain;

/// <summary>
/// Who may change which units: a platform admin any unit; a province admin or unit admin only units inside the
/// subtree of the unit in their <c>unit</c> claim (that unit included); anyone else (anonymous, volunteers) nothing.
/// </summary>
public static class UnitAccess
{
    /// <summary>
    /// Throws unless <paramref name="user"/> is an administrator at all; mutations check this before reading anything,
    /// so callers who may change nothing learn nothing about which ids exist.
    /// </summary>
    public static void EnsureAdministrator(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw OrganizationErrors.Create(OrganizationErrors.Unauthenticated, "Changing organization units needs a signed-in administrator.");
        }

        if (!user.IsInRole(PlatformRoles.PlatformAdmin) && !user.IsInRole(PlatformRoles.ProvinceAdmin) && !user.IsInRole(PlatformRoles.UnitAdmin))
        {
            throw OrganizationErrors.Create(OrganizationErrors.Forbidden, "Only administrators may change organization units.");
        }
    }

    /// <summary>Throws unless <paramref name="user"/> may change the units with these paths.</summary>
    public static void EnsureCanChange(ClaimsPrincipal? user, params string[] unitPaths)
    {
        EnsureAdministrator(user);
        if (user!.IsInRole(PlatformRoles.PlatformAdmin))
        {
            return;
        }

        var scope = user.UnitId();
        if (string.IsNullOrEmpty(scope) || !unitPaths.All(path => UnitPath.IsWithin(path, scope)))
        {
            throw OrganizationErrors.Create(OrganizationErrors.Forbidden,
                "An administrator may change only units inside the unit they administer.");
        }
    }

    /// <summary>Platform admins create trees; nobody else may add a root unit.</summary>
    public static void EnsureCanCreateRoot(ClaimsPrincipal? user)
    {
        EnsureAdministrator(user);
        if (!user!.IsInRole(PlatformRoles.PlatformAdmin))
        {
            throw OrganizationErrors.Create(OrganizationErrors.Forbidden, "Only a platform administrator may add a province.");
        }
    }
}
