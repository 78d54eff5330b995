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
