namespace Platform.Volunteers.Data;

/// <summary>
/// One unit a volunteer counts in: their home unit and each of its ancestors, captured from the Organization module at
/// registration and at every home-unit change. Each row carries copies of the volunteer's party membership and
/// with-hours flag, so a unit's figures are one index-only count over its rows (no join with volunteers or records).
/// </summary>
public sealed class VolunteerRegion
{
    public required string VolunteerId { get; init; }

    public required string UnitId { get; init; }

    public bool PartyMember { get; init; }

    public bool HasHours { get; set; }
}
