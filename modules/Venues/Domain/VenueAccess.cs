using System.Security.Claims;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;

namespace Platform.Venues.Domain;

/// <summary>
/// Who may change which venues: a platform admin any venue; a unit admin (or province admin) venues of the unit in their
/// <c>unit</c> claim and of every unit below it. The tree is the Organization module's, read through <see cref="IUnitHierarchy"/>;
/// when it cannot be read the change is refused. Anyone else (anonymous, volunteers) may change nothing.
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

        if (!AdministrativeScope.IsAdministrator(user))
        {
            throw VenueErrors.Create(VenueErrors.Forbidden, "Only administrators may change venues.");
        }
    }

    /// <summary>Throws unless <paramref name="user"/> may change the venues of the unit <paramref name="unitId"/>.</summary>
    public static async Task EnsureCanChangeAsync(
        ClaimsPrincipal? user, string unitId, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        EnsureAdministrator(user);
        bool within;
        try
        {
            within = await AdministrativeScope.AdministersAsync(user, unitId, hierarchy, cancellationToken).ConfigureAwait(false);
        }
        catch (UnitHierarchyUnavailableException)
        {
            throw VenueErrors.Create(VenueErrors.Forbidden, "The unit tree cannot be read right now, so an administrator's scope cannot be checked; try again later.");
        }

        if (!within)
        {
            throw VenueErrors.Create(VenueErrors.Forbidden, "An administrator may change only the venues of the units they administer.");
        }
    }
}
