namespace Platform.Hosting.Security;

/// <summary>The roles a platform token may carry (claim <see cref="PlatformClaims.Role"/>).</summary>
public static class PlatformRoles
{
    /// <summary>Operates the whole platform.</summary>
    public const string PlatformAdmin = "platform-admin";

    /// <summary>Administers one province's units (its unit claim is the province).</summary>
    public const string ProvinceAdmin = "province-admin";

    /// <summary>Staff of one practice unit (center, institute or station), scoped to that unit's subtree.</summary>
    public const string UnitAdmin = "unit-admin";

    /// <summary>A registered volunteer acting for themself.</summary>
    public const string Volunteer = "volunteer";

    /// <summary>A resident who orders services and rates them; the token's subject identifies them.</summary>
    public const string Citizen = "citizen";

    public static readonly IReadOnlyList<string> All = [PlatformAdmin, ProvinceAdmin, UnitAdmin, Volunteer, Citizen];
}
