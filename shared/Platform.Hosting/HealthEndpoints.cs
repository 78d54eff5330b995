using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Hosting;

/// <summary>
/// Health endpoints for orchestrators: <c>/alive</c> runs only the checks tagged <see cref="LiveTag"/> (is the
/// process answering at all), <c>/health</c> runs every check (databases included: can it serve). Both answer
/// <c>Healthy</c>/<c>Degraded</c> with 200 and <c>Unhealthy</c> with 503, as plain text, without details.
/// </summary>
public static class HealthEndpoints
{
    public const string LiveTag = "live";

    public const string HealthPath = "/health";

    public const string AlivePath = "/alive";

    internal const string SelfCheckName = "self";

    internal static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(HealthPath).AllowAnonymous().WithDisplayName("Health");
        endpoints.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) })
            .AllowAnonymous()
            .WithDisplayName("Liveness");
    }

    /// <summary>The status code a health report maps to, as the endpoints answer it.</summary>
    public static int StatusCodeOf(HealthStatus status) =>
        status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
}
