using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Platform.Hosting.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Tests;

/// <summary>
/// The Volunteers module wired as its Program.cs wires it, on Kestrel at 127.0.0.1 on a free port, over a database
/// of its own: a fresh PostgreSQL database, or (with <c>sqliteDirectory</c>) the embedded SQLite file. Each host gets
/// a random data key and 10 points per hour.
/// </summary>
public sealed class VolunteersHost : ModuleTestHost
{
    public const int PointsPerHour = 10;
    private const string SigningKey = "volunteers-tests-signing-key-0123456789abcdef";

    private VolunteersHost(WebApplication app, string? connectionString)
        : base(app, connectionString)
    {
    }

    /// <summary>Starts over a fresh PostgreSQL database; with <paramref name="organizationUrl"/> admin scopes cover subtrees of that subgraph's unit tree.</summary>
    public static async Task<VolunteersHost> StartPostgresAsync(string? organizationUrl = null, SqlCommandCounter? counter = null) =>
        await StartAsync(await PostgresServer.CreateDatabaseAsync("volunteers"), null, organizationUrl, counter: counter);

    public static Task<VolunteersHost> StartSqliteAsync(string directory) => StartAsync(null, directory, null);

    /// <summary>Starts over <paramref name="connectionString"/> (or SQLite in <paramref name="sqliteDirectory"/>) seeding the synthetic province of <paramref name="scale"/>.</summary>
    public static Task<VolunteersHost> StartScaledAsync(string? connectionString, string? sqliteDirectory, double scale) =>
        StartAsync(connectionString, sqliteDirectory, null, scale);

    private static async Task<VolunteersHost> StartAsync(string? connectionString, string? sqliteDirectory, string? organizationUrl, double? scale = null, SqlCommandCounter? counter = null)
    {
        var app = await StartModuleAsync(
            typeof(VolunteersModule).Assembly,
            VolunteersModule.DatabaseName,
            SigningKey,
            connectionString,
            sqliteDirectory,
            [
                new("Volunteers:DataKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
                new("Volunteers:PointsPerHour", PointsPerHour.ToString(CultureInfo.InvariantCulture)),
                new("Platform:OrganizationUrl", organizationUrl),
                new("Platform:Scale", scale?.ToString(CultureInfo.InvariantCulture)),
            ],
            builder =>
            {
                builder.AddVolunteersModule();
                if (counter is not null)
                {
                    builder.Services.ConfigureDbContext<VolunteersDbContext>(options => options.AddInterceptors(counter));
                }
            });
        return new VolunteersHost(app, connectionString);
    }

    public string PlatformAdmin() => Token(PlatformRoles.PlatformAdmin);

    public string UnitAdmin(string unitId) => Token(PlatformRoles.UnitAdmin, unitId);
}
