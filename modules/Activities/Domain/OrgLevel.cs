namespace Platform.Activities.Domain;

/// <summary>
/// The Organization module's unit levels, repeated here so a unit's <c>level</c> can be required (<c>@external</c>) for
/// brand-project quotas; the names must stay those of that module's <c>OrgLevel</c> enum.
/// </summary>
[GraphQLDescription("The level of an organization unit in the civilization-practice network (owned by the Organization module).")]
public enum OrgLevel
{
    Province,
    City,
    County,
    Township,
    Village,
    FamilyStation,
    PracticeBase,
}
