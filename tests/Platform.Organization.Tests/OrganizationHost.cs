using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Organization.Data;
using Platform.Testing;

namespace Platform.Organization.Tests;

/// <summary>
/// The Organization module wired as its Program.cs wires it, on Kestrel at 127.0.0.1 on a free port, over a database
/// of its own: a fresh PostgreSQL database, or (with <c>sqliteDirectory</c>) the embedded SQLite file.
/// </summary>
public sealed class OrganizationHost : ModuleTestHost
{
    private const string SigningKey = "organization-tests-signing-key-0123456789abcdef";

    private OrganizationHost(WebApplication app, string? connectionString)
        : base(app, connectionString)
    {
    }

    public static async Task<OrganizationHost> StartPostgresAsync(bool seed = true, SqlCommandCounter? counter = null)
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("organization");
        return await StartAsync(connectionString, null, seed, counter);
    }

    public static Task<OrganizationHost> StartSqliteAsync(string directory) => StartAsync(null, directory, seed: true, counter: null);

    /// <summary>Starts over <paramref name="connectionString"/> with the synthetic province of <paramref name="scale"/> instead of the Taiyuan seed.</summary>
    public static Task<OrganizationHost> StartScaledAsync(string connectionString, double scale, SqlCommandCounter? counter = null) =>
        StartAsync(connectionString, null, seed: false, counter, scale);

    private static async Task<OrganizationHost> StartAsync(
        string? connectionString, string? sqliteDirectory, bool seed, SqlCommandCounter? counter, double? scale = null)
    {
        var app = await StartModuleAsync(
            typeof(OrganizationModule).Assembly,
            OrganizationModule.DatabaseName,
            SigningKey,
            connectionString,
            sqliteDirectory,
            [
                new("Organization:SeedPilotList", seed ? "true" : "false"),
                new("Platform:Scale", scale?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
            builder =>
            {
                builder.AddOrganizationModule();
                if (counter is not null)
                {
                    builder.Services.ConfigureDbContext<OrganizationDbContext>(options => options.AddInterceptors(counter));
                }
            });
        return new OrganizationHost(app, connectionString);
    }
}
