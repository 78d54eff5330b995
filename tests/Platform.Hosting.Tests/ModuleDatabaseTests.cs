using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Hosting.Data;
using Platform.Testing;

namespace Platform.Hosting.Tests;

/// <summary>A module's database: SQLite file without a connection string, PostgreSQL with one; created and seeded on start.</summary>
public sealed class ModuleDatabaseTests
{
    [Fact]
    public async Task Without_a_connection_string_the_module_gets_a_seeded_sqlite_file_and_a_restart_seeds_nothing_twice()
    {
        var directory = Directory.CreateTempSubdirectory("module-db-");
        for (var start = 0; start < 2; start++)
        {
            await using var app = await StartAsync(builder => builder.Configuration["Database:Directory"] = directory.FullName);

            Assert.Equal(DatabaseProvider.Sqlite, app.Services.GetRequiredService<ModuleDatabaseConnection<NotesContext>>().Provider);
            Assert.Equal(["first note"], await ReadNotesAsync(app));
        }

        Assert.True(File.Exists(Path.Combine(directory.FullName, "notes.db")));
    }

    [Fact]
    public async Task With_a_connection_string_the_module_runs_on_postgresql()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("hosting");
        await using var app = await StartAsync(builder =>
        {
            builder.Configuration["ConnectionStrings:notes"] = connectionString;
            builder.Configuration["Database:MigrateOnStart"] = "true";
        });

        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<NotesContext>();
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", context.Database.ProviderName);
        Assert.Equal(["first note"], await ReadNotesAsync(app));
    }

    [Fact]
    public async Task In_production_a_postgresql_schema_is_not_touched_unless_asked()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("hosting");
        await using var app = await StartAsync(builder => builder.Configuration["ConnectionStrings:notes"] = connectionString);

        await Assert.ThrowsAnyAsync<Exception>(() => ReadNotesAsync(app));
    }

    private static async Task<string[]> ReadNotesAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<NotesContext>();
        return await context.Notes.OrderBy(note => note.Id).Select(note => note.Text).ToArrayAsync();
    }

    private static async Task<WebApplication> StartAsync(Action<WebApplicationBuilder> configure)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        configure(builder);
        builder.Logging.ClearProviders();
        builder.AddModuleDatabase<NotesContext>("notes");
        builder.Services.AddScoped<IDatabaseSeeder<NotesContext>, NotesSeeder>();
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }

    private sealed class NotesSeeder : IDatabaseSeeder<NotesContext>
    {
        public async Task SeedAsync(NotesContext context, CancellationToken cancellationToken)
        {
            if (!await context.Notes.AnyAsync(cancellationToken))
            {
                context.Notes.Add(new Note { Text = "first note" });
                await context.SaveChangesAsync(cancellationToken);
            }
        }
    }
}
