using System.Security.Cryptography;
using System.Text;

namespace Platform.Organization.Domain;

/// <summary>Unit ids: 32 lowercase hex digits, random for new units and derived from a name for seed data.</summary>
public static class UnitIds
{
    public const int Length = 32;

    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>The same id for the same <paramref name="key"/> on every run, so seeding twice finds what it seeded once.</summary>
    public static string FromKey(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash.AsSpan(0, Length / 2));
    }

    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
