using System.Net.Http.Json;
using System.Text.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.Testing;

namespace Platform.Gateway.Tests;

/// <summary>The gateway on Kestrel (127.0.0.1, free port), its modules from configuration, calling them over HTTP.</summary>
internal sealed class TestGateway : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key";

    private readonly WebApplication _app;

    private TestGateway(WebApplication app)
    {
        _app = app;
        var address = KestrelAddress.Of(app);
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static Task<TestGateway> StartAsync(params TestSubgraph[] modules) => StartAsync(modules, null);

    public static async Task<TestGateway> StartAsync(IEnumerable<TestSubgraph> modules, IDictionary<string, string?>? settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var configuration = new Dictionary<string, string?> { ["Gateway:AdminKey"] = AdminKey };
        foreach (var module in modules)
        {
            configuration[$"Gateway:Modules:{module.Name}:Url"] = module.Url.ToString();
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddGateway(builder.Configuration);
        var app = builder.Build();
        app.MapGateway();
        await app.StartAsync();
        return new TestGateway(app);
    }

    public async Task<JsonElement> QueryAsync(
        string query, object? variables = null, string? operationName = null, IDictionary<string, string>? headers = null, object? extensions = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables, operationName, extensions }), Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await Client.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Posts a corpus line (<c>query</c>, <c>variables</c>, <c>operationName</c>) as the GraphQL-over-HTTP spec's media type.</summary>
    public async Task<(int Status, JsonElement Body)> PostAsync(JsonElement operation)
    {
        var body = new Dictionary<string, JsonElement>();
        foreach (var name in new[] { "query", "variables", "operationName" })
        {
            if (operation.TryGetProperty(name, out var value))
            {
                body[name] = value;
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await Client.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return ((int)response.StatusCode, document.RootElement.Clone());
    }

    public async Task<(int Status, JsonElement Body)> ChangeModuleAsync(HttpMethod method, string name, Uri? url, string? adminKey = AdminKey)
    {
        using var request = new HttpRequestMessage(method, "/modules/" + name);
        if (url is not null)
        {
            request.Content = JsonContent.Create(new { url = url.ToString() });
        }

        if (adminKey is not null)
        {
            request.Headers.Add("X-Gateway-Admin-Key", adminKey);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return ((int)response.StatusCode, document.RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
