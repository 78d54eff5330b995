using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Hosting.Security;

/// <summary>
/// JWT bearer authentication as the gateway and every module validate it: HMAC-SHA256 tokens of the configured
/// issuer and audience, with a lifetime (30 s clock skew), claim names kept as issued (<c>sub</c>, <c>role</c>,
/// <c>unit</c>). A request without a token is anonymous; an invalid token gets 401.
/// </summary>
public static class PlatformAuthentication
{
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (string.IsNullOrEmpty(options.SigningKey) && builder.Environment.IsDevelopment())
        {
            options.SigningKey = AuthOptions.DevelopmentSigningKey;
        }

        var signingKey = options.CreateSigningKey();
        builder.Services.AddSingleton(options);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = signingKey,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = PlatformClaims.Name,
                    RoleClaimType = PlatformClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton<PlatformTokenIssuer>();
        return builder;
    }
}
