using System.Security.Claims;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;

namespace Platform.Activities.Domain;

/// <summary>
/// Who moves a project: its loop and its submission belong to the organizing unit's administrators (scope covering the
/// unit); screening, review, admission, rejection and the brand mark to reviewers — platform administrators and
/// administrators of a unit above the organizing one (a unit does not admit its own projects).
/// </summary>
public static class ProjectAccess
{
    public static async Task EnsureReviewerAsync(ClaimsPrincipal? user, string unitId, string action, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        var caller = UnitScope.EnsureSignedIn(user, action);
        if (caller.IsInRole(PlatformRoles.PlatformAdmin))
        {
            return;
        }

        var scope = caller.UnitId();
        if (!UnitScope.IsAdministrator(caller) || scope is null || scope == unitId
            || !await UnitScope.AdministersAsync(caller, unitId, hierarchy, cancellationToken).ConfigureAwait(false))
        {
            throw ActivityErrors.Create(ActivityErrors.Forbidden, $"Only administrators of a unit above the organizing unit (or platform administrators) may {action}.");
        }
    }
}
