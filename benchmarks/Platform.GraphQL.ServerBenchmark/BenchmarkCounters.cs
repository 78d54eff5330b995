namespace Platform.GraphQL.ServerBenchmark;

/// <summary>
/// Counts list queries and venue batches so a run can check the DataLoader fetched once per request
/// (GET /stats answers both).
/// </summary>
public static class BenchmarkCounters
{
    private static long unitsQueries;
    private static long venueBatches;

    public static void CountUnitsQuery() => Interlocked.Increment(ref unitsQueries);

    public static void CountVenueBatch() => Interlocked.Increment(ref venueBatches);

    public static object Snapshot() => new
    {
        unitsQueries = Interlocked.Read(ref unitsQueries),
        venueBatches = Interlocked.Read(ref venueBatches),
    };
}
