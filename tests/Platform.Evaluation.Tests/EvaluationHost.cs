using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Evaluation.Data;
using Platform.Testing;

namespace Platform.Evaluation.Tests;

/// <summary>
/// The Evaluation module wired as its Program.cs wires it, on Kestrel at 127.0.0.1 on a free port, over a database of
/// its own (a fresh PostgreSQL database, or with <c>sqliteDirectory</c> the embedded SQLite file), with a clock the test sets.
/// </summary>
public sealed class EvaluationHost : ModuleTestHost
{
    private const string SigningKey = "evaluation-tests-signing-key-0123456789abcdef";

    /// <summary>Base64 of 32 bytes, for the tests only.</summary>
    private const string DataKey = "ZXZhbHVhdGlvbi10ZXN0cy1kYXRhLWtleS0wMTIzNDU2Nzg5";

    private EvaluationHost(WebApplication app, string? connectionString, FixedClock clock)
        : base(app, connectionString)
    {
        Clock = clock;
    }

    /// <summary>The time ratings and messages are received at.</summary>
    public FixedClock Clock { get; }

    /// <summary>Starts over a fresh PostgreSQL database; with <paramref name="organizationUrl"/> admin scopes cover subtrees of that subgraph's unit tree.</summary>
    public static async Task<EvaluationHost> StartPostgresAsync(SqlCommandCounter? counter = null, string? organizationUrl = null)
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("evaluation");
        return await StartAsync(connectionString, null, counter, organizationUrl);
    }

    public static Task<EvaluationHost> StartSqliteAsync(string directory) => StartAsync(null, directory, counter: null, organizationUrl: null);

    /// <summary>A context over the module's database, for checking what is stored.</summary>
    public EvaluationDbContext CreateDbContext() => Services.GetRequiredService<EvaluationContexts>().Create();

    private static async Task<EvaluationHost> StartAsync(string? connectionString, string? sqliteDirectory, SqlCommandCounter? counter, string? organizationUrl)
    {
        var clock = new FixedClock();
        var app = await StartModuleAsync(
            typeof(EvaluationModule).Assembly,
            EvaluationModule.DatabaseName,
            SigningKey,
            connectionString,
            sqliteDirectory,
            [new(EvaluationModule.DataKeySetting, DataKey), new("Platform:OrganizationUrl", organizationUrl)],
            builder =>
            {
                builder.Services.AddSingleton<TimeProvider>(clock);
                builder.AddEvaluationModule();
                if (counter is not null)
                {
                    builder.Services.ConfigureDbContext<EvaluationDbContext>(options => options.AddInterceptors(counter));
                }
            });
        return new EvaluationHost(app, connectionString, clock);
    }
}
