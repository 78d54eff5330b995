using Microsoft.EntityFrameworkCore;
using Platform.GraphQL.DataLoader;
using Platform.Venues.Data;

namespace Platform.Venues.GraphQL;

/// <summary>Venues by id, one query per batch: <c>venue(id:)</c> and entity references go through it.</summary>
public sealed class VenueByIdLoader(DataLoaderScope scope, VenuesContexts contexts) : BatchDataLoader<string, Venue>(scope)
{
    protected override async Task<IReadOnlyDictionary<string, Venue>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Venues.Where(venue => keys.Contains(venue.Id)).ToDictionaryAsync(venue => venue.Id, cancellationToken).ConfigureAwait(false);
    }
}
