namespace Platform.Evaluation.Domain;

/// <summary>
/// Ids of assessments, ratings and messages, and of the units, activities, service orders and projects they concern:
/// 32 lowercase hex digits, the platform's id format (the others are owned by other modules and only referenced here).
/// </summary>
public static class EntityIds
{
    public const int Length = 32;

    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
