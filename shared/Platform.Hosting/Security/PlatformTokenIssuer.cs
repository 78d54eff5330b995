using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Hosting.Security;

/// <summary>What a token says about its bearer.</summary>
public sealed record TokenRequest(string Subject, string Role, string? UnitId = null, string? VolunteerId = null, string? Name = null)
{
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(8);
}

/// <summary>
/// Signs platform tokens with the configured key: the development token command and the tests use it; in
/// production tokens come from the identity provider that shares the key.
/// </summary>
public sealed class PlatformTokenIssuer(AuthOptions options)
{
    private readonly SigningCredentials _credentials = new(options.CreateSigningKey(), SecurityAlgorithms.HmacSha256);

    public string Issue(TokenRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Subject);
        if (!PlatformRoles.All.Contains(request.Role))
        {
            throw new ArgumentException($"Unknown role '{request.Role}'; expected one of {string.Join(", ", PlatformRoles.All)}.", nameof(request));
        }

        var claims = new List<Claim> { new(PlatformClaims.Subject, request.Subject), new(PlatformClaims.Role, request.Role) };
        AddIfPresent(claims, PlatformClaims.Unit, request.UnitId);
        AddIfPresent(claims, PlatformClaims.Volunteer, request.VolunteerId);
        AddIfPresent(claims, PlatformClaims.Name, request.Name);
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + request.Lifetime,
            SigningCredentials = _credentials,
        });
    }

    private static void AddIfPresent(List<Claim> claims, string type, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            claims.Add(new Claim(type, value));
        }
    }
}
