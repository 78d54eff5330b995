using Platform.GraphQL.Federation;

namespace Platform.Volunteers.GraphQL;

/// <summary>
/// The Organization module's unit, as this module sees it: its key, its resident population (owned by Organization,
/// sent to us in the representation when a field requires it), and the volunteer fields this module adds.
/// </summary>
[Key("id")]
public sealed record OrgUnit([property: ID] string Id, [property: External] int? ResidentPopulation);
