using System.Security.Claims;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;

namespace Platform.Activities.Domain;

/// <summary>
/// Which units an administrator acts for: a platform admin every unit; a unit or province admin the unit in their
/// <c>unit</c> claim and every unit below it. The tree is the Organization module's, read through <see cref="IUnitHierarchy"/>;
/// when it cannot be read the action is refused.
/// </summary>
public static class UnitScope
{
    /// <summary>Throws unless <paramref name="user"/> is signed in.</summary>
    public static ClaimsPrincipal EnsureSignedIn(ClaimsPrincipal? user, string action) =>
        user?.Identity?.IsAuthenticated == true
            ? user
            : throw ActivityErrors.Create(ActivityErrors.Unauthenticated, $"To {action} you need to be signed in.");

    /// <summary>True when <paramref name="user"/> is an administrator (platform, province or unit).</summary>
    public static bool IsAdministrator(ClaimsPrincipal? user) => AdministrativeScope.IsAdministrator(user);

    /// <summary>True when <paramref name="user"/> administers <paramref name="unitId"/> (their unit or one below it).</summary>
    public static async Task<bool> AdministersAsync(ClaimsPrincipal? user, string unitId, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        try
        {
            return await AdministrativeScope.AdministersAsync(user, unitId, hierarchy, cancellationToken).ConfigureAwait(false);
        }
        catch (UnitHierarchyUnavailableException)
        {
            throw ActivityErrors.Create(ActivityErrors.Forbidden, "The unit tree cannot be read right now, so an administrator's scope cannot be checked; try again later.");
        }
    }

    /// <summary>Throws unless <paramref name="user"/> administers <paramref name="unitId"/>; <paramref name="action"/> says what for.</summary>
    public static async Task EnsureAdministersAsync(ClaimsPrincipal? user, string unitId, string action, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        EnsureSignedIn(user, action);
        if (!IsAdministrator(user))
        {
            throw ActivityErrors.Create(ActivityErrors.Forbidden, $"Only administrators may {action}.");
        }

        if (!await AdministersAsync(user, unitId, hierarchy, cancellationToken).ConfigureAwait(false))
        {
            throw ActivityErrors.Create(ActivityErrors.Forbidden, $"An administrator may {action} only for the units they administer.");
        }
    }
}
