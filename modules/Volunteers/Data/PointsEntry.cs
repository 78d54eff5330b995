namespace Platform.Volunteers.Data;

/// <summary>
/// One line of a volunteer's points ledger. (<see cref="VolunteerId"/>, <see cref="IdempotencyKey"/>) is unique: a
/// redemption's key comes from the client, an earning's or adjustment's from the record version that caused it, so
/// each applies once however often or concurrently it is asked for.
/// </summary>
[GraphQLDescription("A line of a volunteer's points ledger.")]
public sealed class PointsEntry
{
    [ID]
    public required string Id { get; init; }

    [GraphQLIgnore]
    public required string VolunteerId { get; init; }

    public PointsEntryKind Kind { get; init; }

    [GraphQLDescription("Points added (positive) or taken (negative).")]
    public long Points { get; set; }

    [GraphQLDescription("The balance right after this entry.")]
    public long BalanceAfter { get; set; }

    public required string IdempotencyKey { get; init; }

    [ID]
    [GraphQLDescription("The service record version that earned or adjusted the points.")]
    public string? ServiceRecordVersionId { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
