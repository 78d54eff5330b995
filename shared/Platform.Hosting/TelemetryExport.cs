using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Platform.GraphQL.Diagnostics;

namespace Platform.Hosting;

/// <summary>
/// Exports the GraphQL and ASP.NET Core spans and metrics (logs: <see cref="LoggingDefaults"/>) over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set
/// (OTLP/HTTP protobuf unless <c>OTEL_EXPORTER_OTLP_PROTOCOL=grpc</c>). Without it nothing is collected.
/// </summary>
public static class TelemetryExport
{
    public static IServiceCollection AddPlatformTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        if (TargetFrom(configuration, serviceName) is { } target)
        {
            services.AddSingleton(target);
            services.AddHostedService<TelemetryProviders>();
        }

        return services;
    }

    /// <summary>Where to export, or null when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is not an absolute URI.</summary>
    internal static TelemetryTarget? TargetFrom(IConfiguration configuration, string serviceName)
    {
        var endpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint) || !Uri.TryCreate(endpoint, UriKind.Absolute, out var baseUri))
        {
            return null;
        }

        var grpc = string.Equals(configuration["OTEL_EXPORTER_OTLP_PROTOCOL"], "grpc", StringComparison.OrdinalIgnoreCase);
        return new TelemetryTarget(serviceName, baseUri, grpc);
    }

    internal sealed record TelemetryTarget(string ServiceName, Uri BaseUri, bool Grpc)
    {
        public void Configure(OtlpExporterOptions options, string signalPath)
        {
            options.Protocol = Grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
            options.Endpoint = Grpc ? BaseUri : new Uri(BaseUri, BaseUri.AbsolutePath.TrimEnd('/') + signalPath);
        }
    }

    /// <summary>Owns the providers for the host's lifetime; stopping the host flushes what is buffered.</summary>
    internal sealed class TelemetryProviders(TelemetryTarget target) : IHostedService, IDisposable
    {
        private TracerProvider? _tracing;
        private MeterProvider? _metrics;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            var resource = ResourceBuilder.CreateDefault().AddService(target.ServiceName);
            _tracing = Sdk.CreateTracerProviderBuilder()
                .SetResourceBuilder(resource)
                .AddSource(GraphQLDiagnostics.Name, "Microsoft.AspNetCore")
                .AddOtlpExporter(options => target.Configure(options, "/v1/traces"))
                .Build();
            _metrics = Sdk.CreateMeterProviderBuilder()
                .SetResourceBuilder(resource)
                .AddMeter(GraphQLDiagnostics.Name, "Microsoft.AspNetCore.Hosting")
                .AddOtlpExporter(options => target.Configure(options, "/v1/metrics"))
                .Build();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            _tracing?.ForceFlush(5_000);
            _metrics?.ForceFlush(5_000);
            return Task.CompletedTask;
        }

        public void Dispose()
        {
            _tracing?.Dispose();
            _metrics?.Dispose();
        }
    }
}
