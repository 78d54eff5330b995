using Platform.GraphQL.Federation;
using Platform.Organization.Domain;

namespace Platform.Organization.Data;

/// <summary>
/// A unit of the practice network. <see cref="Path"/> is the materialized path of ids from the root to the unit
/// (<c>/rootId/…/id/</c>), indexed for prefix search: a subtree is one range scan, the ancestors are read off the path.
/// </summary>
[Key("id")]
[GraphQLDescription("A unit of the civilization-practice network: province, city, county center, township institute, village station, family station or practice base.")]
public sealed class OrgUnit
{
    /// <summary>Stable id (32 lowercase hex digits); never changes, not even when the unit moves.</summary>
    [ID]
    public required string Id { get; init; }

    public required string Name { get; set; }

    [GraphQLDescription("The administrative division code (GB/T 2260 / statistical code), when known.")]
    public string? AdministrativeCode { get; set; }

    public OrgLevel Level { get; init; }

    [GraphQLDescription("Urban community or rural village; only village-level units have one.")]
    public SettlementKind? Kind { get; set; }

    [GraphQLDescription("Resident population (常住人口), when known.")]
    public int? ResidentPopulation { get; set; }

    [GraphQLDescription("Full-time staff (专职工作人员), when reported.")]
    public int? FullTimeStaff { get; set; }

    [GraphQLDescription("Dedicated managers (专管员), when reported.")]
    public int? DedicatedManagers { get; set; }

    public PilotLevel PilotLevel { get; set; }

    public bool Archived { get; set; }

    [GraphQLIgnore]
    public string? ParentId { get; set; }

    [GraphQLIgnore]
    public required string Path { get; set; }

    [GraphQLDescription("How many levels below the root of its tree the unit is (a province is 0).")]
    public int Depth { get; set; }
}
