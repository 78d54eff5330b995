using Platform.GraphQL.DataLoader;

namespace Platform.GraphQL.ServerBenchmark;

/// <summary>All venues of each unit asked for in one execution step, fetched as one batch.</summary>
public sealed class VenuesByUnitLoader(DataLoaderScope scope) : GroupedDataLoader<int, Venue>(scope)
{
    protected override Task<ILookup<int, Venue>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        BenchmarkCounters.CountVenueBatch();
        var wanted = keys.ToHashSet();
        var venues = Dataset.VenuesByUnit.Where(group => wanted.Contains(group.Key)).SelectMany(group => group);
        return Task.FromResult(venues.ToLookup(venue => venue.UnitId));
    }
}
