using Platform.Venues.Data;
using Platform.Venues.Domain;

namespace Platform.Venues.GraphQL;

/// <summary>The venues of a unit, all units of a request loaded in one query.</summary>
[ExtendObjectType(typeof(OrgUnit))]
public sealed class OrgUnitVenues
{
    /// <summary>Federation: any well-formed unit id resolves; whether the unit exists is the Organization module's to say.</summary>
    public static OrgUnit? ResolveReference([ID] string id) => EntityIds.IsWellFormed(id) ? new OrgUnit(id) : null;

    [GraphQLDescription("The unit's venues, ordered by name.")]
    public async Task<IReadOnlyList<Venue>> GetVenuesAsync(
        [Parent] OrgUnit unit, VenuesByUnitLoader venues, CancellationToken cancellationToken, bool includeArchived = false)
    {
        var all = await venues.LoadAsync(unit.Id, cancellationToken).ConfigureAwait(false);
        return includeArchived ? all : all.Where(venue => !venue.Archived).ToArray();
    }
}
