namespace Platform.Hosting.Synthetic;

/// <summary>The levels of a synthetic province: the administrative two and the three practice levels.</summary>
public enum SyntheticLevel
{
    Province,
    City,
    County,
    Township,
    Village,
}

/// <summary>
/// One unit of a synthetic province, as the Organization module stores units: an id of 32 lowercase hex digits, a
/// materialized path of ids (<c>/rootId/…/id/</c>), a 6-, 9- or 12-digit administrative code, a resident population
/// (a parent's is the sum of its children's), and for villages whether they are urban communities. Latitude and
/// longitude place it inside Shandong's bounding box, for venues.
/// </summary>
public sealed class SyntheticUnit
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string AdministrativeCode { get; init; }

    public required SyntheticLevel Level { get; init; }

    public string? ParentId { get; init; }

    public required string Path { get; init; }

    public int Depth { get; init; }

    public long ResidentPopulation { get; internal set; }

    /// <summary>Villages only: an urban residents' community (社区) rather than a rural village (行政村).</summary>
    public bool? Urban { get; init; }

    public double Latitude { get; init; }

    public double Longitude { get; init; }

    /// <summary>Villages only: the village's number within its county (0-based), which keeps generated ID-card numbers unique.</summary>
    public int CountyOrdinal { get; init; }
}
