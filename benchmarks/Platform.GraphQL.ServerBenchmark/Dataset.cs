namespace Platform.GraphQL.ServerBenchmark;

/// <summary>
/// The in-memory data both benchmark servers serve (benchmarks/graphql-js-server/server.mjs builds the same):
/// 100 units, three venues each.
/// </summary>
public static class Dataset
{
    public const int UnitCount = 100;
    public const int VenuesPerUnit = 3;

    public static readonly Unit[] Units =
        [.. Enumerable.Range(1, UnitCount).Select(id => new Unit(id, $"Unit {id}"))];

    public static readonly ILookup<int, Venue> VenuesByUnit = Enumerable.Range(0, UnitCount * VenuesPerUnit)
        .Select(i => new Venue(i + 1, $"Venue {i + 1}", 20 + (i * 7 % 180), i / VenuesPerUnit + 1))
        .ToLookup(venue => venue.UnitId);
}
