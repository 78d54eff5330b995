using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Hosting;

/// <summary>What every service of the platform (gateway and modules) sets up the same way.</summary>
public static class ServiceDefaults
{
    /// <summary>
    /// Telemetry (traces, metrics and logs over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set), structured
    /// logging (JSON lines outside Development), and health checks (see <see cref="MapDefaultEndpoints"/>).
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var serviceName = builder.Environment.ApplicationName;
        builder.Services.AddPlatformTelemetry(builder.Configuration, serviceName);
        builder.Logging.AddPlatformLogging(builder.Configuration, builder.Environment, serviceName);
        builder.Services.AddHealthChecks().AddCheck(HealthEndpoints.SelfCheckName, () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(), [HealthEndpoints.LiveTag]);
        return builder;
    }

    /// <summary><c>/health</c> (every check: ready to serve) and <c>/alive</c> (the process answers), both anonymous.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        HealthEndpoints.Map(app);
        return app;
    }
}
