using Platform.Testing;

namespace Platform.Evaluation.Tests;

/// <summary>
/// A small unit tree served by a stand-in Organization subgraph: province → county → township → two stations, and a
/// second county. Ids are fresh per test class, so classes never see each other's rows.
/// </summary>
public sealed class UnitTree
{
    public string Province { get; } = NewId();

    public string County { get; } = NewId();

    public string OtherCounty { get; } = NewId();

    public string Township { get; } = NewId();

    public string StationA { get; } = NewId();

    public string StationB { get; } = NewId();

    public static string NewId() => Guid.NewGuid().ToString("N");

    public Task<OrganizationStandIn> StartSubgraphAsync() => OrganizationStandIn.StartTreeAsync(new Dictionary<string, string?>
    {
        [Province] = null,
        [County] = Province,
        [OtherCounty] = Province,
        [Township] = County,
        [StationA] = Township,
        [StationB] = Township,
    });
}
