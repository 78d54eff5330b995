using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Platform.Volunteers.Data.Protection;

/// <summary>
/// The data key for personal data: <c>Volunteers:DataKey</c>, base64 of at least 32 random bytes. Development runs
/// without one on a fixed, published key; anywhere else a missing or short key stops startup.
/// </summary>
public static class DataKeyConfiguration
{
    public const string Setting = "Volunteers:DataKey";

    /// <summary>Known to everyone who reads this code: never protects real data.</summary>
    private const string DevelopmentKey = "ZGV2ZWxvcG1lbnQtb25seS12b2x1bnRlZXJzLWRhdGEta2V5LTAwMDE=";

    public static PersonalDataProtector CreateProtector(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[Setting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException($"{Setting} must be configured (base64 of at least 32 random bytes); only Development has a built-in key.");
            }

            configured = DevelopmentKey;
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(configured);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{Setting} is not base64.");
        }

        return new PersonalDataProtector(key);
    }
}
