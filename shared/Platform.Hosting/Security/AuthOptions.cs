using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Hosting.Security;

/// <summary>
/// Token settings shared by whoever issues and whoever validates platform tokens (configuration section <c>Auth</c>).
/// The signing key is a secret of at least 32 characters; outside Development it must be configured.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Used only in Development when no key is configured. Never valid in production.</summary>
    public const string DevelopmentSigningKey = "development-only-signing-key-civilization-practice-0001";

    public string Issuer { get; set; } = "civilization-practice";

    public string Audience { get; set; } = "civilization-practice";

    public string? SigningKey { get; set; }

    public SymmetricSecurityKey CreateSigningKey()
    {
        if (string.IsNullOrEmpty(SigningKey) || SigningKey.Length < 32)
        {
            throw new InvalidOperationException(
                "Auth:SigningKey must be configured with at least 32 characters (only Development has a built-in key).");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey));
    }
}
