using System.Security.Claims;

namespace Platform.Hosting.Security;

/// <summary>Claim names of platform tokens, and reading them from a principal.</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";

    public const string Name = "name";

    public const string Role = "role";

    /// <summary>The unit whose subtree an admin's scope covers (a province, county, township or village unit id).</summary>
    public const string Unit = "unit";

    /// <summary>The volunteer a volunteer token acts for.</summary>
    public const string Volunteer = "volunteer";

    public static bool IsInRole(this ClaimsPrincipal user, string role) =>
        user.HasClaim(Role, role);

    public static string? UnitId(this ClaimsPrincipal user) => user.FindFirst(Unit)?.Value;

    public static string? VolunteerId(this ClaimsPrincipal user) => user.FindFirst(Volunteer)?.Value;
}
