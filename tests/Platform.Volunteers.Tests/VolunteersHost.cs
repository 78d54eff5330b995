using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Hosting;
using Platform.Hosting.Security;
using Platform.Testing;

namespace Platform.Volunteers.Tests;

/// <summary>
/// The Volunteers module wired as its Program.cs wires it, on Kestrel at 127.0.0.1 on a free port, over a database
/// of its own: a fresh PostgreSQL database, or (with <c>sqliteDirectory</c>) the embedded SQLite file. Each host gets
/// a random data key and 10 points per hour.
/// </summary>
public sealed class VolunteersHost : IAsyncDisposable
{
    public const int PointsPerHour = 10;
    private const string SigningKey = "volunteers-tests-signing-key-0123456789abcdef";

    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private VolunteersHost(WebApplication app, string address, string? connectionString)
    {
        _app = app;
        _client = new HttpClient { BaseAddress = new Uri(address) };
        ConnectionString = connectionString;
    }

    /// <summary>The module's GraphQL endpoint.</summary>
    public string GraphQLUrl => new Uri(_client.BaseAddress!, "/graphql").ToString();

    /// <summary>The PostgreSQL database's connection string (null on SQLite).</summary>
    public string? ConnectionString { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<VolunteersHost> StartPostgresAsync() =>
        await StartAsync(await Platform.Testing.PostgresServer.CreateDatabaseAsync("volunteers"), null);

    public static Task<VolunteersHost> StartSqliteAsync(string directory) => StartAsync(null, directory);

    private static async Task<VolunteersHost> StartAsync(string? connectionString, string? sqliteDirectory)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ApplicationName = typeof(VolunteersModule).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["Auth:SigningKey"] = SigningKey;
        builder.Configuration["Database:MigrateOnStart"] = "true";
        builder.Configuration["Volunteers:DataKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        builder.Configuration["Volunteers:PointsPerHour"] = PointsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (connectionString is not null)
        {
            builder.Configuration["ConnectionStrings:" + VolunteersModule.DatabaseName] = connectionString;
        }
        else
        {
            builder.Configuration["Database:Directory"] = sqliteDirectory;
        }

        builder.AddServiceDefaults();
        builder.AddVolunteersModule();
        var app = builder.Build();
        app.UsePlatformAuthentication();
        app.MapDefaultEndpoints();
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new VolunteersHost(app, address, connectionString);
    }

    /// <summary>A signed token for the role, scoped to a unit or acting for a volunteer.</summary>
    public string Token(string role, string? unitId = null, string? volunteerId = null) =>
        Services.GetRequiredService<PlatformTokenIssuer>().Issue(new TokenRequest("tester-" + role, role, UnitId: unitId, VolunteerId: volunteerId));

    public string PlatformAdmin() => Token(PlatformRoles.PlatformAdmin);

    public string UnitAdmin(string unitId) => Token(PlatformRoles.UnitAdmin, unitId);

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
