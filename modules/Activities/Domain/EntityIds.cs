namespace Platform.Activities.Domain;

/// <summary>
/// Ids of the module's records, and the unit ids they belong to: 32 lowercase hex digits, the Organization module's unit id format
/// (units are only referenced here; whether a unit exists is that module's knowledge).
/// </summary>
public static class EntityIds
{
    public const int Length = 32;

    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
