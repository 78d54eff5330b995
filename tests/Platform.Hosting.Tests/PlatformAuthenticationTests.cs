using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Hosting.Security;

namespace Platform.Hosting.Tests;

/// <summary>Platform tokens: what the issuer signs, the services accept; anything else is refused with 401.</summary>
public sealed class PlatformAuthenticationTests
{
    private const string Key = "test-signing-key-that-is-long-enough-0123456789";

    [Fact]
    public async Task An_issued_token_authenticates_with_its_role_and_unit()
    {
        await using var app = await StartAsync(Key);
        var token = app.Services.GetRequiredService<PlatformTokenIssuer>()
            .Issue(new TokenRequest("staff-7", PlatformRoles.UnitAdmin, UnitId: "140105"));

        var (status, body) = await WhoAmIAsync(app, token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("staff-7|unit-admin|140105", body);
    }

    [Fact]
    public async Task Without_a_token_the_caller_is_anonymous()
    {
        await using var app = await StartAsync(Key);

        var (status, body) = await WhoAmIAsync(app, token: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("anonymous", body);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        await using var app = await StartAsync(Key);
        var forged = new PlatformTokenIssuer(new AuthOptions { SigningKey = "another-signing-key-of-enough-length-9876543210" })
            .Issue(new TokenRequest("intruder", PlatformRoles.PlatformAdmin));

        var (status, _) = await WhoAmIAsync(app, forged);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        await using var app = await StartAsync(Key);
        var expired = app.Services.GetRequiredService<PlatformTokenIssuer>()
            .Issue(new TokenRequest("staff-7", PlatformRoles.UnitAdmin, UnitId: "140105") { Lifetime = TimeSpan.FromMinutes(-5) });

        var (status, _) = await WhoAmIAsync(app, expired);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_malformed_authorization_header_is_refused_not_ignored()
    {
        await using var app = await StartAsync(Key);

        var (status, _) = await WhoAmIAsync(app, "not-a-jwt");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public void Outside_development_a_missing_signing_key_stops_startup()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddPlatformAuthentication());

        Assert.Contains("Auth:SigningKey", error.Message);
    }

    [Fact]
    public void An_unknown_role_is_not_issued()
    {
        var issuer = new PlatformTokenIssuer(new AuthOptions { SigningKey = Key });

        Assert.Throws<ArgumentException>(() => issuer.Issue(new TokenRequest("someone", "superuser")));
    }

    private static async Task<(HttpStatusCode Status, string Body)> WhoAmIAsync(WebApplication app, string? token)
    {
        using var client = new HttpClient { BaseAddress = new Uri(OtlpReceiver.ListeningAddress(app)) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/whoami");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<WebApplication> StartAsync(string signingKey)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["Auth:SigningKey"] = signingKey;
        builder.AddPlatformAuthentication();
        var app = builder.Build();
        app.UsePlatformAuthentication();
        app.MapGet("/whoami", (ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true
            ? $"{user.FindFirst(PlatformClaims.Subject)?.Value}|{user.FindFirst(PlatformClaims.Role)?.Value}|{user.UnitId()}"
            : "anonymous");
        await app.StartAsync();
        return app;
    }
}
