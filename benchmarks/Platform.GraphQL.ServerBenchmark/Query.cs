namespace Platform.GraphQL.ServerBenchmark;

public sealed class Query
{
    public string? Hello() => "world";

    public IReadOnlyList<Unit> GetUnits(int first = 100)
    {
        BenchmarkCounters.CountUnitsQuery();
        return Dataset.Units.Take(Math.Max(0, first)).ToArray();
    }
}
