using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Platform.Hosting.Protection;

/// <summary>
/// A module's personal-data key from configuration: base64 of at least 32 random bytes. Development runs without one on
/// the module's fixed, published key; anywhere else a missing, malformed or short key stops startup.
/// </summary>
public static class DataKeys
{
    /// <param name="setting">The configuration key, e.g. <c>Volunteers:DataKey</c>.</param>
    /// <param name="developmentKey">Base64 key used only in Development when none is configured; never protects real data.</param>
    /// <param name="purpose">The module's name, bound into the derived keys.</param>
    public static PersonalDataProtector CreateProtector(
        IConfiguration configuration, IHostEnvironment environment, string setting, string developmentKey, string purpose)
    {
        var configured = configuration[setting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException($"{setting} must be configured (base64 of at least 32 random bytes); only Development has a built-in key.");
            }

            configured = developmentKey;
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(configured);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{setting} is not base64.");
        }

        if (key.Length < 32)
        {
            throw new InvalidOperationException($"{setting} must be at least 32 bytes (base64-encoded).");
        }

        return new PersonalDataProtector(key, purpose);
    }
}
