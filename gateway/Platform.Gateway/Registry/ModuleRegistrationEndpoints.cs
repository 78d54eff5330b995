using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.Registry;

/// <summary>
/// <c>POST|PUT /modules/{name}</c> with <c>{ "url": "..." }</c> joins (or moves) a module, <c>DELETE /modules/{name}</c>
/// lets it leave, <c>GET /modules</c> lists them. Every change needs the admin key header and is recomposed at
/// once: 200 with the served modules, or the composition's errors (400) while the last good graph keeps serving.
/// </summary>
public static class ModuleRegistrationEndpoints
{
    public static IEndpointConventionBuilder MapModuleRegistration(this IEndpointRouteBuilder endpoints, string prefix = "/modules")
    {
        var group = endpoints.MapGroup(prefix);
        group.MapGet("/", (HttpContext context, ModuleRegistry registry) =>
            Authorized(context) ?? Results.Json(Describe(registry)));
        group.MapMethods("/{name}", [HttpMethods.Post, HttpMethods.Put], async (string name, HttpContext context, ModuleRegistry registry) =>
        {
            if (Authorized(context) is { } refused)
            {
                return refused;
            }

            if (!IsModuleName(name))
            {
                return Refuse(400, "INVALID_REGISTRATION", "A module name is 1 to 64 letters, digits, '_' or '-'.");
            }

            if (await ReadUrlAsync(context) is not { } url)
            {
                return Refuse(400, "INVALID_REGISTRATION", "The body must be JSON like { \"url\": \"http://host:port/graphql\" } with an absolute http(s) URL.");
            }

            return Answer(await registry.RegisterAsync(name, url, context.RequestAborted), registry);
        });
        group.MapDelete("/{name}", async (string name, HttpContext context, ModuleRegistry registry) =>
            Authorized(context) ?? Answer(await registry.RemoveAsync(name), registry));
        return group;
    }

    private static IResult? Authorized(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<GatewayOptions>>().CurrentValue;
        if (string.IsNullOrEmpty(options.AdminKey))
        {
            return Refuse(403, "REGISTRATION_DISABLED", "Module registration is disabled: no Gateway:AdminKey is configured.");
        }

        var given = Encoding.UTF8.GetBytes(context.Request.Headers[options.AdminKeyHeader].ToString());
        var expected = Encoding.UTF8.GetBytes(options.AdminKey);
        return CryptographicOperations.FixedTimeEquals(given, expected)
            ? null
            : Refuse(401, "ADMIN_KEY_REQUIRED", $"Send the gateway's admin key in the {options.AdminKeyHeader} header.");
    }

    private static bool IsModuleName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    private static async Task<Uri?> ReadUrlAsync(HttpContext context)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("url", out var url)
                && url.ValueKind == JsonValueKind.String
                && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var parsed)
                && parsed.Scheme is "http" or "https"
                ? parsed
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Answer(ModuleChangeResult result, ModuleRegistry registry) =>
        result.Succeeded
            ? Results.Json(Describe(registry))
            : Results.Json(new { errors = result.Errors.Select(e => new { code = e.Code, message = e.Message }) }, statusCode: result.StatusCode);

    private static object Describe(ModuleRegistry registry) => new
    {
        version = registry.Current?.Version,
        modules = registry.Modules.Select(m => new { name = m.Name, url = m.Url.ToString() }),
    };

    private static IResult Refuse(int status, string code, string message) =>
        Results.Json(new { errors = new[] { new { code, message } } }, statusCode: status);
}
