using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;
using Platform.Venues.Data;

namespace Platform.Venues.Tests;

/// <summary>
/// The Venues module wired as its Program.cs wires it, on Kestrel at 127.0.0.1 on a free port, over a database of its
/// own (a fresh PostgreSQL database, or with <c>sqliteDirectory</c> the embedded SQLite file), with a clock the test sets.
/// </summary>
public sealed class VenuesHost : ModuleTestHost
{
    private const string SigningKey = "venues-tests-signing-key-0123456789abcdef";

    private VenuesHost(WebApplication app, string? connectionString, FixedClock clock)
        : base(app, connectionString)
    {
        Clock = clock;
    }

    /// <summary>The time the module's <c>openNow</c> sees.</summary>
    public FixedClock Clock { get; }

    /// <summary>Starts over a fresh PostgreSQL database; with <paramref name="organizationUrl"/> admin scopes cover subtrees of that subgraph's unit tree.</summary>
    public static async Task<VenuesHost> StartPostgresAsync(bool seed = true, SqlCommandCounter? counter = null, string? organizationUrl = null)
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("venues");
        return await StartAsync(connectionString, null, seed, counter, organizationUrl);
    }

    public static Task<VenuesHost> StartSqliteAsync(string directory) => StartAsync(null, directory, seed: true, counter: null, organizationUrl: null);

    /// <summary>Starts over <paramref name="connectionString"/> with the synthetic province's venues at <paramref name="scale"/> instead of the sample.</summary>
    public static Task<VenuesHost> StartScaledAsync(string connectionString, double scale) =>
        StartAsync(connectionString, null, seed: false, counter: null, organizationUrl: null, scale);

    private static async Task<VenuesHost> StartAsync(
        string? connectionString, string? sqliteDirectory, bool seed, SqlCommandCounter? counter, string? organizationUrl, double? scale = null)
    {
        var clock = new FixedClock();
        var app = await StartModuleAsync(
            typeof(VenuesModule).Assembly,
            VenuesModule.DatabaseName,
            SigningKey,
            connectionString,
            sqliteDirectory,
            [
                new("Venues:SeedSample", seed ? "true" : "false"),
                new("Platform:OrganizationUrl", organizationUrl),
                new("Platform:Scale", scale?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
            builder =>
            {
                builder.Services.AddSingleton<TimeProvider>(clock);
                builder.AddVenuesModule();
                if (counter is not null)
                {
                    builder.Services.ConfigureDbContext<VenuesDbContext>(options => options.AddInterceptors(counter));
                }
            });
        return new VenuesHost(app, connectionString, clock);
    }
}
