using System.Security.Cryptography;
using System.Text;

namespace Platform.Hosting.Synthetic;

/// <summary>Ids of generated rows: the first 16 bytes of SHA-256 over a key, as 32 lowercase hex digits (the platform's id form).</summary>
public static class SyntheticIds
{
    public static string Of(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
}
