using System.Security.Claims;
using Platform.Hosting.Security;

namespace Platform.Hosting.Hierarchy;

/// <summary>
/// The platform's one rule for which units an administrator acts for: a platform admin every unit; a province or unit
/// admin the unit in their <c>unit</c> claim and every unit below it, the tree read through <see cref="IUnitHierarchy"/>.
/// Modules map a <see cref="UnitHierarchyUnavailableException"/> to their own refusal.
/// </summary>
public static class AdministrativeScope
{
    /// <summary>Whether <paramref name="user"/> holds an administrator's role (platform, province or unit).</summary>
    public static bool IsAdministrator(ClaimsPrincipal? user) =>
        user is not null
        && (user.IsInRole(PlatformRoles.PlatformAdmin) || user.IsInRole(PlatformRoles.ProvinceAdmin) || user.IsInRole(PlatformRoles.UnitAdmin));

    /// <summary>Whether the signed-in <paramref name="user"/> administers <paramref name="unitId"/> (false for anyone else).</summary>
    /// <exception cref="UnitHierarchyUnavailableException">The unit tree cannot be read, so the scope cannot be checked.</exception>
    public static async Task<bool> AdministersAsync(ClaimsPrincipal? user, string unitId, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        if (user?.Identity?.IsAuthenticated != true || !IsAdministrator(user))
        {
            return false;
        }

        if (user.IsInRole(PlatformRoles.PlatformAdmin))
        {
            return true;
        }

        return user.UnitId() is { } scope && await hierarchy.IsWithinAsync(unitId, scope, cancellationToken).ConfigureAwait(false);
    }
}
