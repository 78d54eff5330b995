using Platform.Activities.Domain;
using Platform.GraphQL.Federation;

namespace Platform.Activities.GraphQL;

/// <summary>
/// The Organization module's unit, referenced by key. This subgraph adds the unit's activities, orders and projects to
/// it, so the key is resolvable: the gateway hands this module unit ids and asks for them. Its level and resident
/// population are Organization's (<c>@external</c>), sent in the representation when a field requires them (brand quotas).
/// </summary>
[Key("id")]
[GraphQLName("OrgUnit")]
[GraphQLDescription("A unit of the practice network (owned by the Organization module; this module adds its activities, orders and projects).")]
public sealed record ActivityOrgUnitRef([property: ID] string Id, [property: GraphQLIgnore] OrgLevel? KnownLevel = null, [property: External] int? ResidentPopulation = null)
{
    /// <summary>
    /// Organization's <c>level: OrgLevel!</c>, repeated with its exact type (Apollo's composition refuses an @external
    /// field whose type differs from the owner's). Never resolved here; this module reads <see cref="KnownLevel"/>,
    /// the level a representation carried.
    /// </summary>
    [External]
    public OrgLevel Level => KnownLevel ?? OrgLevel.Province;

    /// <summary>A GraphQL value of the Organization module's <c>OrgLevel</c> ("FAMILY_STATION"), or null when absent or unknown.</summary>
    public static OrgLevel? ParseLevel(string? value) =>
        value is not null && !value.Any(char.IsAsciiDigit)
            && Enum.TryParse<OrgLevel>(value.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var level) && Enum.IsDefined(level)
            ? level
            : null;
}

/// <summary>The Volunteers module's volunteer, referenced by key; this subgraph adds the activities they signed up for.</summary>
[Key("id")]
[GraphQLName("Volunteer")]
[GraphQLDescription("A registered volunteer (owned by the Volunteers module; this module adds their activities and service orders).")]
public sealed record ActivityVolunteerRef([property: ID] string Id);

/// <summary>The Volunteers module's team, referenced by key; this subgraph adds the activities it serves in.</summary>
[Key("id")]
[GraphQLName("Team")]
[GraphQLDescription("A volunteer team (owned by the Volunteers module; this module adds its activities and service orders).")]
public sealed record ActivityTeamRef([property: ID] string Id);

/// <summary>The Venues module's venue, referenced by key only: the gateway resolves its fields there.</summary>
[Key("id", Resolvable = false)]
[GraphQLName("Venue")]
public sealed record ActivityVenueRef([property: ID] string Id);
