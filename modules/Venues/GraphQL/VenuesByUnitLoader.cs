using Microsoft.EntityFrameworkCore;
using Platform.GraphQL.DataLoader;
using Platform.Venues.Data;

namespace Platform.Venues.GraphQL;

/// <summary>The venues of many units in one query, each unit's venues ordered by name.</summary>
public sealed class VenuesByUnitLoader(DataLoaderScope scope, VenuesContexts contexts) : GroupedDataLoader<string, Venue>(scope)
{
    protected override async Task<ILookup<string, Venue>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var venues = await db.Venues
            .Where(venue => keys.Contains(venue.UnitId))
            .OrderBy(venue => venue.Name).ThenBy(venue => venue.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return venues.ToLookup(venue => venue.UnitId);
    }
}
