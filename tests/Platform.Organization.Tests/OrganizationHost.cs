using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Hosting;
using Platform.Hosting.Security;
using Platform.Testing;
using Platform.Organization.Data;

namespace Platform.Organization.Tests;

/// <summary>
/// The Organization module wired as its Program.cs wires it, on Kestrel at 127.0.0.1 on a free port, over a database
/// of its own: a fresh PostgreSQL database, or (with <c>sqliteDirectory</c>) the embedded SQLite file.
/// </summary>
public sealed class OrganizationHost : IAsyncDisposable
{
    private const string SigningKey = "organization-tests-signing-key-0123456789abcdef";

    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private OrganizationHost(WebApplication app, string address, string? connectionString)
    {
        _app = app;
        _client = new HttpClient { BaseAddress = new Uri(address) };
        ConnectionString = connectionString;
    }

    /// <summary>The PostgreSQL database's connection string (null on SQLite).</summary>
    public string? ConnectionString { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<OrganizationHost> StartPostgresAsync(bool seed = true, SqlCommandCounter? counter = null)
    {
        var connectionString = await Platform.Testing.PostgresServer.CreateDatabaseAsync("organization");
        return await StartAsync(connectionString, null, seed, counter);
    }

    public static Task<OrganizationHost> StartSqliteAsync(string directory) => StartAsync(null, directory, seed: true, counter: null);

    private static async Task<OrganizationHost> StartAsync(string? connectionString, string? sqliteDirectory, bool seed, SqlCommandCounter? counter)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ApplicationName = typeof(OrganizationModule).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["Auth:SigningKey"] = SigningKey;
        builder.Configuration["Database:MigrateOnStart"] = "true";
        builder.Configuration["Organization:SeedPilotList"] = seed ? "true" : "false";
        if (connectionString is not null)
        {
            builder.Configuration["ConnectionStrings:" + OrganizationModule.DatabaseName] = connectionString;
        }
        else
        {
            builder.Configuration["Database:Directory"] = sqliteDirectory;
        }

        builder.AddServiceDefaults();
        builder.AddOrganizationModule();
        if (counter is not null)
        {
            builder.Services.ConfigureDbContext<OrganizationDbContext>(options => options.AddInterceptors(counter));
        }

        var app = builder.Build();
        app.UsePlatformAuthentication();
        app.MapDefaultEndpoints();
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OrganizationHost(app, address, connectionString);
    }

    /// <summary>A signed token for the role, scoped to <paramref name="unitId"/>.</summary>
    public string Token(string role, string? unitId = null) =>
        Services.GetRequiredService<PlatformTokenIssuer>().Issue(new TokenRequest("tester-" + role, role, UnitId: unitId));

    /// <summary>Posts a GraphQL request and returns the response body (HTTP must succeed).</summary>
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
