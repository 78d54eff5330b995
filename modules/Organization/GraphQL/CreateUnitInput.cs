using Platform.Organization.Domain;

namespace Platform.Organization.GraphQL;

/// <summary>A new unit: its name and level, the unit it sits under (none for a province), and what is known of it.</summary>
[GraphQLDescription("A new unit: its name and level, the unit it sits under (none for a province), and what is known of it.")]
public sealed record CreateUnitInput(
    [property: GraphQLDescription("1 to 100 characters; surrounding spaces are dropped.")] string Name,
    [property: GraphQLDescription("Must fit the parent's level (a station under an institute, an institute under a center, …).")] OrgLevel Level,
    [property: ID, GraphQLDescription("The unit to sit under; omit only for a province.")] string? ParentId = null,
    [property: GraphQLDescription("6, 9 or 12 digits.")] string? AdministrativeCode = null,
    [property: GraphQLDescription("Only for village-level units.")] SettlementKind? Kind = null,
    [property: GraphQLDescription("Zero or more.")] int? ResidentPopulation = null,
    PilotLevel PilotLevel = PilotLevel.None);
