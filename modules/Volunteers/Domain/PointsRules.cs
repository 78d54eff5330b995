namespace Platform.Volunteers.Domain;

/// <summary>
/// The points bank (积分银行): service earns <c>Volunteers:PointsPerHour</c> points per hour (rounded to whole points
/// per record version), redemptions spend them, and the balance never goes below zero.
/// </summary>
public sealed class PointsRules(double pointsPerHour)
{
    public const int MaxKeyLength = 100;

    public double PointsPerHour { get; } = pointsPerHour >= 0 && double.IsFinite(pointsPerHour)
        ? pointsPerHour
        : throw new InvalidOperationException("Volunteers:PointsPerHour must be a finite number of at least 0.");

    /// <summary>Points a record version of <paramref name="minutes"/> is worth.</summary>
    public long ForMinutes(int minutes) => (long)Math.Round(minutes * PointsPerHour / 60, MidpointRounding.AwayFromZero);

    public static long EnsureRedeemable(long points) =>
        points > 0 ? points : throw VolunteerErrors.Create(VolunteerErrors.InvalidPoints, "Redeem at least 1 point.");

    public static string EnsureKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && !string.IsNullOrWhiteSpace(key)
            ? key
            : throw VolunteerErrors.Create(VolunteerErrors.InvalidIdempotencyKey, $"The idempotency key must have 1 to {MaxKeyLength} characters.");
}
