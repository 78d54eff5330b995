namespace Platform.Volunteers.GraphQL;

/// <summary>A redemption of points; the key makes it idempotent (the same key applies once).</summary>
public sealed record RedeemPointsInput(
    [property: ID] string VolunteerId,
    long Points,
    string IdempotencyKey,
    string? Note = null);
