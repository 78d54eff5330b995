using System.Security.Cryptography;
using Platform.Hosting.Protection;

namespace Platform.Hosting.Tests;

/// <summary>
/// The shared personal-data protector: values round-trip under their own field and purpose only, every encryption of a
/// value differs, altered or short ciphertexts are refused, and the keyed hash is stable per purpose.
/// </summary>
public sealed class PersonalDataProtectorTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void A_value_round_trips_under_its_field_and_purpose_and_nowhere_else()
    {
        var volunteers = new PersonalDataProtector(Key, "volunteers");
        var evaluation = new PersonalDataProtector(Key, "evaluation");

        var stored = evaluation.Encrypt("13812345678", "phone");

        Assert.Equal("13812345678", evaluation.Decrypt(stored, "phone"));
        Assert.ThrowsAny<CryptographicException>(() => evaluation.Decrypt(stored, "id_card"));
        Assert.ThrowsAny<CryptographicException>(() => volunteers.Decrypt(stored, "phone"));
        Assert.NotEqual(stored, evaluation.Encrypt("13812345678", "phone"));
    }

    [Fact]
    public void An_altered_or_truncated_value_is_refused()
    {
        var protector = new PersonalDataProtector(Key, "evaluation");
        var stored = protector.Encrypt("0351-1234567", "phone");
        var altered = (byte[])stored.Clone();
        altered[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(altered, "phone"));
        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(stored[..10], "phone"));
    }

    [Fact]
    public void The_keyed_hash_is_equal_for_equal_values_and_differs_by_purpose()
    {
        var volunteers = new PersonalDataProtector(Key, "volunteers");

        Assert.Equal(volunteers.Hash("x", "id_card"), new PersonalDataProtector(Key, "volunteers").Hash("x", "id_card"));
        Assert.NotEqual(volunteers.Hash("x", "id_card"), new PersonalDataProtector(Key, "evaluation").Hash("x", "id_card"));
        Assert.Throws<InvalidOperationException>(() => new PersonalDataProtector(new byte[31], "volunteers"));
    }
}
