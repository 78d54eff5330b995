namespace Platform.Volunteers.Data;

/// <summary>
/// One version of a service record. Versions are only ever added: a correction is a new version whose
/// <see cref="PreviousVersionId"/> names the one it replaces (unique, so a version is replaced at most once), a
/// revocation is a new version with <see cref="Revoked"/> set and no time. The current version of a record is the one
/// no other version replaces; only current, unrevoked versions count.
/// </summary>
[GraphQLDescription("A version of a service record: a volunteer's service time for an activity, as the organizing unit recorded it.")]
public sealed class ServiceRecord
{
    [ID]
    [GraphQLDescription("This version's id.")]
    public required string Id { get; init; }

    [ID]
    [GraphQLDescription("The record's id: the id of its first version, shared by all its versions.")]
    public required string RecordId { get; init; }

    [GraphQLDescription("1 for the original entry, then 2, 3, … for each correction or the revocation.")]
    public int Version { get; init; }

    [ID]
    public string? PreviousVersionId { get; init; }

    [GraphQLIgnore]
    public required string VolunteerId { get; init; }

    [GraphQLIgnore]
    public required string ActivityId { get; init; }

    [ID]
    [GraphQLDescription("The organizing unit that recorded the service.")]
    public required string UnitId { get; init; }

    public DateOnly ServiceDate { get; init; }

    [GraphQLIgnore]
    public int Minutes { get; init; }

    [GraphQLDescription("Hours of service (0 in a revocation).")]
    public double Hours => Minutes / 60.0;

    [GraphQLDescription("What the volunteer did (服务内容).")]
    public required string Content { get; init; }

    [GraphQLDescription("The unit's rating of the service (综合评价), 1-5, when given.")]
    public int? Rating { get; init; }

    public bool Revoked { get; init; }

    [GraphQLDescription("Why this version corrected or revoked the previous one.")]
    public string? Reason { get; init; }

    [GraphQLDescription("The subject of the token that recorded this version.")]
    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
