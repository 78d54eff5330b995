namespace Platform.Volunteers.Domain;

/// <summary>Ids of this module's rows, and of the organization units they name: 32 lowercase hexadecimal digits.</summary>
public static class EntityIds
{
    public const int Length = 32;

    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>Throws <see cref="VolunteerErrors.InvalidId"/> unless <paramref name="id"/> is well formed.</summary>
    public static string Ensure(string id, string what) =>
        IsWellFormed(id) ? id : throw VolunteerErrors.MalformedId(what, id);
}
