using System.Security.Claims;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;

namespace Platform.Evaluation.Domain;

/// <summary>
/// Who may do what. The tree is the Organization module's, read through <see cref="IUnitHierarchy"/>; when it cannot be
/// read, the caller is refused with a clear error.
/// <list type="bullet">
/// <item>Assess (create, score, submit) unit U: a platform admin, or a unit or province admin whose scope lies strictly
/// above U (it covers U's parent: a unit never assesses itself).</item>
/// <item>Approve or return an assessment of U: a platform admin, or a province admin whose scope lies strictly above U.</item>
/// <item>Read U's assessments, read and handle U's messages, see contact phones in full: a platform admin, or a unit or
/// province admin whose scope covers U (U's own admins included).</item>
/// </list>
/// </summary>
public static class EvaluationAccess
{
    public static void EnsureAdministrator(ClaimsPrincipal? user, string action)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw EvaluationErrors.Create(EvaluationErrors.Unauthenticated, $"A signed-in administrator is needed to {action}.");
        }

        if (!AdministrativeScope.IsAdministrator(user))
        {
            throw EvaluationErrors.Create(EvaluationErrors.Forbidden, $"Only administrators may {action}.");
        }
    }

    public static async Task EnsureCanAssessAsync(ClaimsPrincipal? user, string unitId, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        EnsureAdministrator(user, "assess a unit");
        if (!await IsAboveAsync(user!, unitId, hierarchy, [PlatformRoles.UnitAdmin, PlatformRoles.ProvinceAdmin], cancellationToken).ConfigureAwait(false))
        {
            throw EvaluationErrors.Create(EvaluationErrors.Forbidden,
                "A unit is assessed by an administrator of a unit above it (or a province or platform administrator), never by itself or a unit beside it.");
        }
    }

    public static async Task EnsureCanApproveAsync(ClaimsPrincipal? user, string unitId, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        EnsureAdministrator(user, "approve or return an assessment");
        if (!await IsAboveAsync(user!, unitId, hierarchy, [PlatformRoles.ProvinceAdmin], cancellationToken).ConfigureAwait(false))
        {
            throw EvaluationErrors.Create(EvaluationErrors.Forbidden,
                "Only a province administrator of the unit's province (or a platform administrator) may approve or return its assessment.");
        }
    }

    /// <summary>Throws unless the caller administers <paramref name="unitId"/> or a unit above it.</summary>
    public static async Task EnsureAdministersAsync(
        ClaimsPrincipal? user, string unitId, string action, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        EnsureAdministrator(user, action);
        if (!await AdministersAsync(user, unitId, hierarchy, cancellationToken).ConfigureAwait(false))
        {
            throw EvaluationErrors.Create(EvaluationErrors.Forbidden, $"Only administrators of the unit (or of a unit above it) may {action}.");
        }
    }

    /// <summary>Whether the caller administers <paramref name="unitId"/> or a unit above it (false for anyone else, signed in or not).</summary>
    public static async Task<bool> AdministersAsync(ClaimsPrincipal? user, string unitId, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        try
        {
            return await AdministrativeScope.AdministersAsync(user, unitId, hierarchy, cancellationToken).ConfigureAwait(false);
        }
        catch (UnitHierarchyUnavailableException)
        {
            throw TreeUnavailable();
        }
    }

    private static async Task<bool> IsAboveAsync(
        ClaimsPrincipal user, string unitId, IUnitHierarchy hierarchy, string[] roles, CancellationToken cancellationToken)
    {
        if (user.IsInRole(PlatformRoles.PlatformAdmin))
        {
            return true;
        }

        var scope = user.UnitId();
        return scope is not null
            && roles.Any(user.IsInRole)
            && !string.Equals(scope, unitId, StringComparison.Ordinal)
            && await WithinAsync(unitId, scope, hierarchy, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> WithinAsync(string unitId, string scope, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        try
        {
            return await hierarchy.IsWithinAsync(unitId, scope, cancellationToken).ConfigureAwait(false);
        }
        catch (UnitHierarchyUnavailableException)
        {
            throw TreeUnavailable();
        }
    }

    private static GraphQLError TreeUnavailable() => EvaluationErrors.Create(EvaluationErrors.Forbidden,
        "The unit tree cannot be read right now, so an administrator's scope cannot be checked; try again later.");
}
