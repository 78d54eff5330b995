using Platform.Volunteers.Domain;

namespace Platform.Volunteers.GraphQL;

/// <summary>A new team of a unit: its category (a standard code or the unit's local one), its level, and its parent team.</summary>
public sealed record CreateTeamInput(
    string Name,
    string CategoryCode,
    [property: ID] string UnitId,
    TeamLevel Level,
    [property: ID] string? ParentTeamId = null);
