using Platform.Organization.Domain;

namespace Platform.Organization.GraphQL;

/// <summary>A new unit: its name and level, the unit it sits under (none for a province), and what is known of it.</summary>
public sealed record CreateUnitInput(
    string Name,
    OrgLevel Level,
    [property: ID] string? ParentId = null,
    string? AdministrativeCode = null,
    SettlementKind? Kind = null,
    int? ResidentPopulation = null,
    PilotLevel PilotLevel = PilotLevel.None);
