using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Hosting;
using Platform.Hosting.Security;

namespace Platform.Testing;

/// <summary>
/// A module wired as its Program.cs wires it (service defaults, the module, platform authentication, default
/// endpoints, GraphQL), on Kestrel at 127.0.0.1 on a free port, over a database of its own: a fresh PostgreSQL
/// database, or the embedded SQLite file in a directory. Each module's host derives from this and adds its own
/// registration and settings through <see cref="StartModuleAsync"/>.
/// </summary>
public abstract class ModuleTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;

    protected ModuleTestHost(WebApplication app, string? connectionString)
    {
        _app = app;
        var address = KestrelAddress.Of(app);
        _client = new HttpClient { BaseAddress = new Uri(address) };
        ConnectionString = connectionString;
    }

    /// <summary>The module's GraphQL endpoint.</summary>
    public string GraphQLUrl => new Uri(_client.BaseAddress!, "/graphql").ToString();

    /// <summary>The PostgreSQL database's connection string (null on SQLite).</summary>
    public string? ConnectionString { get; }

    /// <summary>The running module's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Builds and starts the module: production environment, no logging, migrations on start, the signing key and
    /// <paramref name="settings"/> in configuration, the database (PostgreSQL when <paramref name="connectionString"/>
    /// is set, else SQLite in <paramref name="sqliteDirectory"/>); <paramref name="addModule"/> runs after the service
    /// defaults and registers the module with whatever the test adds to it.
    /// </summary>
    protected static async Task<WebApplication> StartModuleAsync(
        Assembly moduleAssembly,
        string databaseName,
        string signingKey,
        string? connectionString,
        string? sqliteDirectory,
        IEnumerable<KeyValuePair<string, string?>> settings,
        Action<WebApplicationBuilder> addModule)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ApplicationName = moduleAssembly.GetName().Name,
        });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["Auth:SigningKey"] = signingKey;
        builder.Configuration["Database:MigrateOnStart"] = "true";
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        if (connectionString is not null)
        {
            builder.Configuration["ConnectionStrings:" + databaseName] = connectionString;
        }
        else
        {
            builder.Configuration["Database:Directory"] = sqliteDirectory;
        }

        builder.AddServiceDefaults();
        addModule(builder);
        var app = builder.Build();
        app.UsePlatformAuthentication();
        app.MapDefaultEndpoints();
        app.MapGraphQL();
        await app.StartAsync();
        return app;
    }

    /// <summary>A signed token for the role, scoped to a unit or acting for a volunteer.</summary>
    public string Token(string role, string? unitId = null, string? volunteerId = null) =>
        Services.GetRequiredService<PlatformTokenIssuer>().Issue(new TokenRequest("tester-" + role, role, UnitId: unitId, VolunteerId: volunteerId));

    /// <summary>Posts a GraphQL request and returns the response body.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), body);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
