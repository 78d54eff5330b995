using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Hosting.Data;
using Platform.Testing;

namespace Platform.Hosting.Tests;

/// <summary>
/// Two instances of a module starting at once against one fresh PostgreSQL database take turns creating and seeding
/// it: both start, the schema is created once, and a check-then-insert seeder seeds once.
/// </summary>
public sealed class ConcurrentInitializationTests
{
    [Fact]
    public async Task Two_instances_starting_at_once_create_and_seed_the_database_once()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("hosting_concurrent");

        var apps = await Task.WhenAll(StartAsync(connectionString), StartAsync(connectionString));
        try
        {
            await using var scope = apps[0].Services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<NotesContext>();
            Assert.Equal(["seeded once"], await context.Notes.Select(note => note.Text).ToArrayAsync());
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }

    private static async Task<WebApplication> StartAsync(string connectionString)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["ConnectionStrings:notes"] = connectionString;
        builder.Configuration["Database:MigrateOnStart"] = "true";
        builder.Logging.ClearProviders();
        builder.AddModuleDatabase<NotesContext>("notes");
        builder.Services.AddScoped<IDatabaseSeeder<NotesContext>, SlowCheckThenInsertSeeder>();
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }

    /// <summary>Looks, then waits before inserting: unserialized, two instances would both find nothing and both insert.</summary>
    private sealed class SlowCheckThenInsertSeeder : IDatabaseSeeder<NotesContext>
    {
        public async Task SeedAsync(NotesContext context, CancellationToken cancellationToken)
        {
            if (await context.Notes.AnyAsync(cancellationToken))
            {
                return;
            }

            await Task.Delay(500, cancellationToken);
            context.Notes.Add(new Note { Text = "seeded once" });
            await context.SaveChangesAsync(cancellationToken);
        }
    }
}
