using Platform.Activities.Domain;
using Platform.GraphQL.Federation;

namespace Platform.Activities.GraphQL;

/// <summary>
/// The Organization module's unit as this module sees it: its key, and its level and resident population (owned by
/// Organization, sent in the representation when a field requires them). This module adds its orders and projects.
/// </summary>
[Key("id")]
[GraphQLDescription("A unit of the practice network (owned by the Organization module; this module adds its orders and projects).")]
public sealed record OrgUnit([property: ID] string Id, [property: External] OrgLevel? Level = null, [property: External] int? ResidentPopulation = null)
{
    /// <summary>Federation: any well-formed unit id is a unit here; whether it exists is the Organization module's to say.</summary>
    public static OrgUnit? ResolveReference([ID] string id, string? level, int? residentPopulation) =>
        EntityIds.IsWellFormed(id) ? new OrgUnit(id, ParseLevel(level), residentPopulation) : null;

    /// <summary>A GraphQL enum value of the Organization module's <c>OrgLevel</c> ("FAMILY_STATION"), or null when absent or unknown.</summary>
    public static OrgLevel? ParseLevel(string? value) =>
        value is not null && Enum.TryParse<OrgLevel>(value.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var level)
            && Enum.IsDefined(level) && !value.Any(char.IsAsciiDigit)
            ? level
            : null;
}
