namespace Platform.Hosting.Synthetic;

/// <summary>A generated volunteer of a village: plain personal data (the Volunteers module encrypts it before storing).</summary>
public sealed record SyntheticVolunteer(
    string Id,
    string HomeUnitId,
    string RealName,
    string IdCardNumber,
    string Phone,
    bool PartyMember,
    DateTimeOffset RegisteredAt,
    SyntheticService? Service);

/// <summary>The service a generated volunteer has on record (one record; volunteers without hours have none).</summary>
public sealed record SyntheticService(string RecordId, string ActivityId, DateOnly ServiceDate, int Minutes, string Content);
