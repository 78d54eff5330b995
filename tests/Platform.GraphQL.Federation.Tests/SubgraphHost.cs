using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.GraphQL.Federation.Tests;

/// <summary>A subgraph served at /graphql on an in-memory test server.</summary>
internal sealed class SubgraphHost : IAsyncDisposable
{
    private SubgraphHost(WebApplication app, HttpClient client)
    {
        App = app;
        Client = client;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<SubgraphHost> StartAsync(Action<GraphQLServerBuilder> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        configure(builder.Services.AddGraphQLServer());
        var app = builder.Build();
        try
        {
            app.MapGraphQL("/graphql");
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new SubgraphHost(app, app.GetTestClient());
    }

    /// <summary>The subgraph's <c>_service { sdl }</c>.</summary>
    public async Task<string> ServiceSdlAsync()
    {
        var result = await QueryAsync("{ _service { sdl } }");
        return result.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString()!;
    }

    /// <summary>Runs <c>_entities</c> with the given selection on the representations; returns the whole result.</summary>
    public Task<JsonElement> EntitiesAsync(string selection, params object[] representations) =>
        QueryAsync($"query ($r: [_Any!]!) {{ _entities(representations: $r) {{ {selection} }} }}", new { r = representations });

    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        using var response = await Client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
