using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.AspNetCore;

namespace Platform.Hosting.Tests;

/// <summary>Service defaults export GraphQL spans and metrics over OTLP to the configured endpoint, and nothing without one.</summary>
public sealed class TelemetryExportTests
{
    [Fact]
    public async Task Spans_and_metrics_of_a_graphql_request_reach_the_otlp_endpoint()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var app = await StartServiceAsync(receiver.BaseUri.ToString());

        await PostQueryAsync(app);
        await app.StopAsync();
        await app.DisposeAsync();

        var traces = receiver.Exports.Where(e => e.Path == "/v1/traces").SelectMany(e => e.Body).ToArray();
        var metrics = receiver.Exports.Where(e => e.Path == "/v1/metrics").SelectMany(e => e.Body).ToArray();
        Assert.Contains("graphql.request", Encoding.UTF8.GetString(traces));
        Assert.Contains("graphql.execute", Encoding.UTF8.GetString(traces));
        Assert.Contains("telemetry-test-service", Encoding.UTF8.GetString(traces));
        Assert.Contains("graphql.request.duration", Encoding.UTF8.GetString(metrics));
    }

    [Fact]
    public async Task Log_records_reach_the_otlp_endpoint()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var app = await StartServiceAsync(receiver.BaseUri.ToString());

        var marker = "volunteer-registered-" + Guid.NewGuid().ToString("N");
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Volunteers").LogWarning("Audit {Marker}", marker);
        await app.StopAsync();
        await app.DisposeAsync();

        var logs = receiver.Exports.Where(e => e.Path == "/v1/logs").SelectMany(e => e.Body).ToArray();
        Assert.Contains(marker, Encoding.UTF8.GetString(logs));
    }

    [Fact]
    public async Task Without_an_endpoint_nothing_is_exported()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var app = await StartServiceAsync(endpoint: null);

        await PostQueryAsync(app);
        await app.StopAsync();
        await app.DisposeAsync();

        Assert.Empty(receiver.Exports);
    }

    private static async Task<WebApplication> StartServiceAsync(string? endpoint)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "telemetry-test-service" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint;
        builder.AddServiceDefaults();
        builder.Services.AddGraphQLServer()
            .AddDocumentFromString("type Query { hello: String }")
            .AddResolver("Query", "hello", _ => "world");
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        return app;
    }

    private static async Task PostQueryAsync(WebApplication app)
    {
        using var client = new HttpClient { BaseAddress = new Uri(OtlpReceiver.ListeningAddress(app)) };
        var response = await client.PostAsJsonAsync("/graphql", new { query = "{ hello }" });
        Assert.Equal("""{"data":{"hello":"world"}}""", await response.Content.ReadAsStringAsync());
    }
}
