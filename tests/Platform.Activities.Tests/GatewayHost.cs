using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.Gateway;
using Platform.Testing;

namespace Platform.Activities.Tests;

/// <summary>Our gateway on Kestrel (127.0.0.1, free port) over running modules, with its default settings otherwise.</summary>
public sealed class GatewayHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private GatewayHost(WebApplication app)
    {
        _app = app;
        _client = new HttpClient { BaseAddress = new Uri(KestrelAddress.Of(app)) };
    }

    /// <summary>Starts the gateway over <paramref name="modules"/> (name → GraphQL URL); they must be up (it composes at start).</summary>
    public static async Task<GatewayHost> StartAsync(IReadOnlyDictionary<string, string> modules)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(modules.Select(module =>
            new KeyValuePair<string, string?>($"Gateway:Modules:{module.Key}:Url", module.Value)));
        builder.Services.AddGateway(builder.Configuration);
        var app = builder.Build();
        app.MapGateway();
        await app.StartAsync();
        return new GatewayHost(app);
    }

    /// <summary>Posts a query with optional request headers; the HTTP status and the parsed body come back.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return new GraphQLResponse(response.StatusCode, document.RootElement.Clone(), text);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}
