using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Hosting.Hierarchy;
using Platform.Venues.Data;
using Platform.Venues.Domain;

namespace Platform.Venues.GraphQL;

/// <summary>Finding the venue a mutation names: caller is an admin, the id is well formed and known, the caller's unit owns it.</summary>
internal static class VenueLookup
{
    public static void EnsureWellFormed(string id, string what = "a venue")
    {
        if (!EntityIds.IsWellFormed(id))
        {
            throw VenueErrors.MalformedId(id, what);
        }
    }

    /// <summary>The tracked venue the caller may change; errors in the order unauthenticated, forbidden role, id, scope, archived.</summary>
    public static async Task<Venue> FindChangeableAsync(
        VenuesDbContext db, string id, ClaimsPrincipal? user, IUnitHierarchy hierarchy, string action, CancellationToken cancellationToken)
    {
        VenueAccess.EnsureAdministrator(user);
        EnsureWellFormed(id);
        var venue = await db.Venues.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw VenueErrors.VenueNotFound(id);
        await VenueAccess.EnsureCanChangeAsync(user, venue.UnitId, hierarchy, cancellationToken).ConfigureAwait(false);
        if (venue.Archived)
        {
            throw VenueErrors.Create(VenueErrors.Archived, $"The venue \"{venue.Name}\" is archived; it cannot {action}.");
        }

        return venue;
    }
}
