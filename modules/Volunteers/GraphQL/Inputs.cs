using Platform.Volunteers.Domain;

namespace Platform.Volunteers.GraphQL;

/// <summary>A new volunteer: who they are, how to reach them, and the unit they register with.</summary>
public sealed record RegisterVolunteerInput(
    string RealName,
    string IdCardNumber,
    string Phone,
    [property: ID] string HomeUnitId,
    bool PartyMember = false,
    IReadOnlyList<string>? Skills = null,
    string? NationalNumber = null);

/// <summary>A new team of a unit: its category (a standard code or the unit's local one), its level, and its parent team.</summary>
public sealed record CreateTeamInput(
    string Name,
    string CategoryCode,
    [property: ID] string UnitId,
    TeamLevel Level,
    [property: ID] string? ParentTeamId = null);

/// <summary>Service time the organizing unit records for a volunteer after an activity.</summary>
public sealed record RecordServiceInput(
    [property: ID] string VolunteerId,
    [property: ID] string ActivityId,
    [property: ID] string UnitId,
    DateOnly ServiceDate,
    double Hours,
    string Content,
    int? Rating = null);

/// <summary>A correction of a record's current version: the new values (unchanged ones may be left out) and why.</summary>
public sealed record CorrectServiceInput(
    string Reason,
    double? Hours = null,
    DateOnly? ServiceDate = null,
    string? Content = null,
    int? Rating = null);

/// <summary>A redemption of points; the key makes it idempotent (the same key applies once).</summary>
public sealed record RedeemPointsInput(
    [property: ID] string VolunteerId,
    long Points,
    string IdempotencyKey,
    string? Note = null);
