using Microsoft.Extensions.Hosting;

namespace Platform.Hosting;

/// <summary>What every service of the platform (gateway and modules) sets up the same way.</summary>
public static class ServiceDefaults
{
    /// <summary>Telemetry export (when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is configured).</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddPlatformTelemetry(builder.Configuration, builder.Environment.ApplicationName);
        return builder;
    }
}
