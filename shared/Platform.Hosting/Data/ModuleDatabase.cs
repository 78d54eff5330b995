using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.Hosting.Data;

/// <summary>Which database engine a module's context runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default when no connection string is configured.</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql: production, and the tests.</summary>
    PostgreSql,
}

/// <summary>
/// A module's own database: PostgreSQL when <c>ConnectionStrings:&lt;name&gt;</c> is set, otherwise the SQLite file
/// <c>&lt;Database:Directory&gt;/&lt;name&gt;.db</c> (default directory: <c>data</c> under the content root).
/// Adds a readiness health check for it and initializes it on start (see <see cref="DatabaseInitializer{TContext}"/>).
/// </summary>
public static class ModuleDatabase
{
    public static IHostApplicationBuilder AddModuleDatabase<TContext>(this IHostApplicationBuilder builder, string name)
        where TContext : DbContext
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var connection = Resolve(builder.Configuration, builder.Environment, name);
        builder.Services.AddSingleton(new ModuleDatabaseConnection<TContext>(name, connection.Provider, connection.ConnectionString));
        builder.Services.AddDbContext<TContext>(options => Configure(options, connection.Provider, connection.ConnectionString));
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database:" + name);
        builder.Services.AddHostedService<DatabaseInitializer<TContext>>();
        return builder;
    }

    /// <summary>The provider and connection string configuration selects for <paramref name="name"/>.</summary>
    public static (DatabaseProvider Provider, string ConnectionString) Resolve(
        IConfiguration configuration, IHostEnvironment environment, string name)
    {
        var configured = configuration.GetConnectionString(name);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (DatabaseProvider.PostgreSql, configured);
        }

        var directory = configuration["Database:Directory"] is { Length: > 0 } custom
            ? Path.GetFullPath(custom, environment.ContentRootPath)
            : Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(directory);
        return (DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, name + ".db")}");
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(connectionString);
        }
        else
        {
            options.UseSqlite(connectionString);
        }
    }
}

/// <summary>The database a context was given (exposed for initialization, diagnostics and tests).</summary>
public sealed record ModuleDatabaseConnection<TContext>(string Name, DatabaseProvider Provider, string ConnectionString)
    where TContext : DbContext;
