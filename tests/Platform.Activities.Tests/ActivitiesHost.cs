using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Activities.Data;
using Platform.Testing;

namespace Platform.Activities.Tests;

/// <summary>
/// The Activities module wired as its Program.cs wires it, on Kestrel at 127.0.0.1 on a free port, over a database of
/// its own (a fresh PostgreSQL database, or with <c>sqliteDirectory</c> the embedded SQLite file), with a clock the test sets.
/// </summary>
public sealed class ActivitiesHost : ModuleTestHost
{
    private const string SigningKey = "activities-tests-signing-key-0123456789ab";

    private ActivitiesHost(WebApplication app, string? connectionString, FixedClock clock)
        : base(app, connectionString)
    {
        Clock = clock;
    }

    /// <summary>The time the module sees.</summary>
    public FixedClock Clock { get; }

    /// <summary>
    /// Starts over a fresh PostgreSQL database; with <paramref name="organizationUrl"/> admin scopes cover subtrees of
    /// that subgraph's unit tree; <paramref name="settings"/> are added to the module's configuration.
    /// </summary>
    public static async Task<ActivitiesHost> StartPostgresAsync(
        SqlCommandCounter? counter = null, string? organizationUrl = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("activities");
        return await StartAsync(connectionString, null, counter, organizationUrl, settings);
    }

    /// <summary>Starts over an existing PostgreSQL database (a second start of the same module's data).</summary>
    public static Task<ActivitiesHost> StartOnPostgresAsync(string connectionString, IEnumerable<KeyValuePair<string, string?>>? settings = null) =>
        StartAsync(connectionString, null, counter: null, organizationUrl: null, settings);

    public static Task<ActivitiesHost> StartSqliteAsync(string directory, IEnumerable<KeyValuePair<string, string?>>? settings = null) =>
        StartAsync(null, directory, counter: null, organizationUrl: null, settings);

    private static async Task<ActivitiesHost> StartAsync(
        string? connectionString, string? sqliteDirectory, SqlCommandCounter? counter, string? organizationUrl, IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var clock = new FixedClock();
        var app = await StartModuleAsync(
            typeof(ActivitiesModule).Assembly,
            ActivitiesModule.DatabaseName,
            SigningKey,
            connectionString,
            sqliteDirectory,
            [new("Platform:OrganizationUrl", organizationUrl), .. settings ?? []],
            builder =>
            {
                builder.Services.AddSingleton<TimeProvider>(clock);
                builder.AddActivitiesModule();
                if (counter is not null)
                {
                    builder.Services.ConfigureDbContext<ActivitiesDbContext>(options => options.AddInterceptors(counter));
                }
            });
        return new ActivitiesHost(app, connectionString, clock);
    }
}
