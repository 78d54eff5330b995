using System.Security.Cryptography;
using System.Text;

namespace Platform.Hosting.Protection;

/// <summary>
/// Encrypts personal data for storage with AES-256-GCM and computes the keyed hash used for uniqueness. Both keys are
/// derived (HKDF-SHA256) from one configured data key and the module's purpose (so two modules sharing a key still
/// encrypt under different keys), and rotating it is one setting. A stored value is
/// <c>version(1) | nonce(12) | tag(16) | ciphertext</c>; the field name is authenticated with it, so an ID-card
/// ciphertext cannot be passed off as a phone.
/// </summary>
public sealed class PersonalDataProtector
{
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _encryptionKey;
    private readonly byte[] _hashKey;

    /// <param name="dataKey">At least 32 random bytes.</param>
    /// <param name="purpose">The owning module's name, part of both derived keys (<c>volunteers</c>, <c>evaluation</c>).</param>
    public PersonalDataProtector(byte[] dataKey, string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        if (dataKey.Length < 32)
        {
            throw new InvalidOperationException("A personal-data key must be at least 32 bytes (base64-encoded).");
        }

        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, dataKey, 32, info: Encoding.UTF8.GetBytes(purpose + "/personal-data/aes-gcm"));
        _hashKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, dataKey, 32, info: Encoding.UTF8.GetBytes(purpose + "/personal-data/hmac"));
    }

    public byte[] Encrypt(string plaintext, string field)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var stored = new byte[1 + NonceSize + TagSize + plain.Length];
        stored[0] = FormatVersion;
        var nonce = stored.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, stored.AsSpan(1 + NonceSize + TagSize), stored.AsSpan(1 + NonceSize, TagSize), Encoding.UTF8.GetBytes(field));
        return stored;
    }

    /// <exception cref="CryptographicException">The value was not made by this key for this field, or was altered.</exception>
    public string Decrypt(byte[] stored, string field)
    {
        if (stored.Length < 1 + NonceSize + TagSize || stored[0] != FormatVersion)
        {
            throw new CryptographicException($"The stored {field} is not in a known format.");
        }

        var plain = new byte[stored.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(stored.AsSpan(1, NonceSize), stored.AsSpan(1 + NonceSize + TagSize), stored.AsSpan(1 + NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(field));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>HMAC-SHA256 of the value under the hash key: equal values hash equal, and nobody without the key can test guesses.</summary>
    public byte[] Hash(string value, string field) =>
        HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(field + ":" + value));
}
