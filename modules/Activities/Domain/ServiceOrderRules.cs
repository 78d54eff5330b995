namespace Platform.Activities.Domain;

/// <summary>The checks on what people write into an order: the need, reasons, comments, ratings, reward notes.</summary>
public static class ServiceOrderRules
{
    public const int MaxNeedLength = 1000;
    public const int MaxReasonLength = 500;
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int MaxRewardPoints = 100_000;

    /// <summary>Trimmed text of 1…<paramref name="maxLength"/> characters without control characters (line breaks allowed).</summary>
    public static string Text(string? value, string field, int maxLength)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || text.Length > maxLength || text.Any(c => char.IsControl(c) && c is not '\n' and not '\r'))
        {
            throw ActivityErrors.Create(ActivityErrors.InvalidText, $"{field} must be 1 to {maxLength} characters without control characters.");
        }

        return text;
    }

    /// <summary>Like <see cref="Text"/>, but null or blank stays null.</summary>
    public static string? OptionalText(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, field, maxLength);

    /// <summary>A reason that must be given (rejecting, escalating, an administrator cancelling).</summary>
    public static string Reason(string? value, ServiceOrderAction action) =>
        string.IsNullOrWhiteSpace(value)
            ? throw ActivityErrors.Create(ServiceOrderErrors.ReasonRequired, $"The step {action} needs a reason.")
            : Text(value, "reason", MaxReasonLength);

    public static int Rating(int rating) =>
        rating is >= MinRating and <= MaxRating
            ? rating
            : throw ActivityErrors.Create(ServiceOrderErrors.InvalidRating, $"A rating is {MinRating} to {MaxRating} stars; {rating} is not.");

    public static int? RewardPoints(int? points) =>
        points is null or (>= 0 and <= MaxRewardPoints)
            ? points
            : throw ActivityErrors.Create(ActivityErrors.InvalidLimit, $"Reward points are 0 to {MaxRewardPoints}.");
}
