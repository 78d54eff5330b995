using Platform.GraphQL.Federation;
using Platform.Venues.Domain;

namespace Platform.Venues.Data;

/// <summary>
/// A venue (阵地) of a practice unit: where it is, its function rooms, when it is open, how to reach it, and Shanxi's
/// "四有" checklist. The unit is the Organization module's; this module keeps only its id.
/// </summary>
[Key("id")]
[GraphQLDescription("A venue (阵地) of a practice unit: a center, institute or station site, practice base, volunteer service station/point/post, family station, or park/square.")]
public sealed class Venue
{
    /// <summary>Stable id (32 lowercase hex digits).</summary>
    [ID]
    public required string Id { get; init; }

    [GraphQLIgnore]
    public required string UnitId { get; init; }

    public VenueKind Kind { get; set; }

    public required string Name { get; set; }

    public required string Address { get; set; }

    [GraphQLDescription("WGS-84 latitude in degrees.")]
    public double Latitude { get; set; }

    [GraphQLDescription("WGS-84 longitude in degrees.")]
    public double Longitude { get; set; }

    [GraphQLDescription("The volunteer service phone (志愿服务电话), when given.")]
    public string? ContactPhone { get; set; }

    [GraphQLDescription("The link the venue's QR code (二维码) opens, when given.")]
    public string? QrCodeUrl { get; set; }

    [GraphQLIgnore]
    public List<FunctionRoom> Rooms { get; set; } = [];

    [GraphQLIgnore]
    public List<OpeningInterval> OpeningIntervals { get; set; } = [];

    [GraphQLIgnore]
    public bool HasFixedPlace { get; set; }

    [GraphQLIgnore]
    public bool HasSignage { get; set; }

    [GraphQLIgnore]
    public bool HasOfficeFacilities { get; set; }

    [GraphQLIgnore]
    public bool HasPublicityDisplays { get; set; }

    [GraphQLDescription("Archived venues keep their data but take no changes and are left out of searches.")]
    public bool Archived { get; set; }
}
