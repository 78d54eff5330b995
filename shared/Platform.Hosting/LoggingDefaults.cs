using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Resources;

namespace Platform.Hosting;

/// <summary>
/// Structured logs: one JSON object per line outside Development (scopes and UTC timestamps included), readable
/// single lines in Development; and, when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, every log record exported over
/// OTLP with its trace and span ids, so logs join the traces of the request that wrote them.
/// </summary>
public static class LoggingDefaults
{
    public static ILoggingBuilder AddPlatformLogging(
        this ILoggingBuilder logging, IConfiguration configuration, IHostEnvironment environment, string serviceName)
    {
        if (environment.IsDevelopment())
        {
            logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss ";
            });
        }
        else
        {
            logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        if (TelemetryExport.TargetFrom(configuration, serviceName) is { } target)
        {
            logging.AddOpenTelemetry(options =>
            {
                options.SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(serviceName));
                options.IncludeFormattedMessage = true;
                options.IncludeScopes = true;
                options.AddOtlpExporter(exporter => target.Configure(exporter, "/v1/logs"));
            });
        }

        return logging;
    }
}
