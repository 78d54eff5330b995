using Platform.Activities.Domain;
using Platform.GraphQL.Federation;

namespace Platform.Activities.GraphQL;

// The same C# names the activity part of this module uses for these references, so that when both parts meet one set of
// records (these: the unit's also carries its level and population for @requires) and one reference resolver each remain.

/// <summary>
/// The Organization module's unit as this module sees it: its key, and its level and resident population (owned by
/// Organization, sent in the representation when a field requires them). This module adds its orders and projects.
/// </summary>
[Key("id")]
[GraphQLName("OrgUnit")]
[GraphQLDescription("A unit of the practice network (owned by the Organization module; this module adds its activities, orders and projects).")]
public sealed record ActivityOrgUnitRef([property: ID] string Id, [property: External] OrgLevel? Level = null, [property: External] int? ResidentPopulation = null)
{
    /// <summary>Federation: any well-formed unit id is a unit here; whether it exists is the Organization module's to say.</summary>
    public static ActivityOrgUnitRef? ResolveReference([ID] string id, string? level, int? residentPopulation) =>
        EntityIds.IsWellFormed(id) ? new ActivityOrgUnitRef(id, ParseLevel(level), residentPopulation) : null;

    /// <summary>A GraphQL value of the Organization module's <c>OrgLevel</c> ("FAMILY_STATION"), or null when absent or unknown.</summary>
    public static OrgLevel? ParseLevel(string? value) =>
        value is not null && !value.Any(char.IsAsciiDigit)
            && Enum.TryParse<OrgLevel>(value.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var level) && Enum.IsDefined(level)
            ? level
            : null;
}

/// <summary>The Volunteers module's team, referenced by key; this module adds the orders dispatched to it.</summary>
[Key("id")]
[GraphQLName("Team")]
[GraphQLDescription("A volunteer team (owned by the Volunteers module; this module adds its activities and service orders).")]
public sealed record ActivityTeamRef([property: ID] string Id)
{
    /// <summary>Federation: any well-formed team id; whether the team exists is the Volunteers module's to say.</summary>
    public static ActivityTeamRef? ResolveReference([ID] string id) => EntityIds.IsWellFormed(id) ? new ActivityTeamRef(id) : null;
}

/// <summary>The Volunteers module's volunteer, referenced by key; this module adds the orders dispatched to them.</summary>
[Key("id")]
[GraphQLName("Volunteer")]
[GraphQLDescription("A registered volunteer (owned by the Volunteers module; this module adds their activities and service orders).")]
public sealed record ActivityVolunteerRef([property: ID] string Id)
{
    /// <summary>Federation: any well-formed volunteer id; whether the volunteer exists is the Volunteers module's to say.</summary>
    public static ActivityVolunteerRef? ResolveReference([ID] string id) => EntityIds.IsWellFormed(id) ? new ActivityVolunteerRef(id) : null;
}
