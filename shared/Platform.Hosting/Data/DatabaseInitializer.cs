using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Hosting.Data;

/// <summary>
/// Brings a module's database up to its model before the service takes requests, then runs its seeders.
/// The SQLite file (the embedded default) is always created from the model. PostgreSQL is migrated when the
/// context has migrations (created from the model when it has none) in Development, or anywhere when
/// <c>Database:MigrateOnStart</c> is true; otherwise production schemas are left to the deployment's migration step.
/// On PostgreSQL an advisory lock is held around migration and seeding, so instances starting at once take turns.
/// </summary>
public sealed class DatabaseInitializer<TContext>(
    IServiceProvider services,
    ModuleDatabaseConnection<TContext> connection,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var initialize = connection.Provider == DatabaseProvider.Sqlite
            || environment.IsDevelopment()
            || configuration.GetValue<bool>("Database:MigrateOnStart");
        if (!initialize)
        {
            return;
        }

        await using var initializationLock = connection.Provider == DatabaseProvider.PostgreSql
            ? await PostgresInitializationLock.AcquireAsync(connection.ConnectionString, typeof(TContext).FullName!, cancellationToken).ConfigureAwait(false)
            : null;
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        if (connection.Provider == DatabaseProvider.PostgreSql && context.Database.GetMigrations().Any())
        {
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await context.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder<TContext>>())
        {
            await seeder.SeedAsync(context, cancellationToken).ConfigureAwait(false);
        }

        logger.LogInformation("Database {Database} ready on {Provider}", connection.Name, connection.Provider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Fills a module's database with its seed data on start. Runs on every start, so it must be idempotent
/// (typically: do nothing when the data is already there).
/// </summary>
public interface IDatabaseSeeder<in TContext>
    where TContext : DbContext
{
    Task SeedAsync(TContext context, CancellationToken cancellationToken);
}
