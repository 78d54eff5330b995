using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Platform.Hosting.Protection;

namespace Platform.Volunteers.Data.Protection;

/// <summary>
/// The data key for volunteers' personal data: <c>Volunteers:DataKey</c>, base64 of at least 32 random bytes. Development
/// runs without one on a fixed, published key; anywhere else a missing or short key stops startup.
/// </summary>
public static class DataKeyConfiguration
{
    public const string Setting = "Volunteers:DataKey";

    /// <summary>The purpose bound into the derived keys; changing it would make every stored value unreadable.</summary>
    public const string Purpose = "volunteers";

    /// <summary>Known to everyone who reads this code: never protects real data.</summary>
    private const string DevelopmentKey = "ZGV2ZWxvcG1lbnQtb25seS12b2x1bnRlZXJzLWRhdGEta2V5LTAwMDE=";

    public static PersonalDataProtector CreateProtector(IConfiguration configuration, IHostEnvironment environment) =>
        DataKeys.CreateProtector(configuration, environment, Setting, DevelopmentKey, Purpose);
}
