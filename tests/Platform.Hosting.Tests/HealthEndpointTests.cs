using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Hosting.Data;

namespace Platform.Hosting.Tests;

/// <summary><c>/alive</c> answers while the process runs; <c>/health</c> also needs the module's database.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task A_service_with_a_reachable_database_is_alive_and_healthy()
    {
        var directory = Directory.CreateTempSubdirectory("health-");
        await using var app = await StartAsync(builder => builder.Configuration["Database:Directory"] = directory.FullName);
        using var client = new HttpClient { BaseAddress = new Uri(OtlpReceiver.ListeningAddress(app)) };

        var alive = await client.GetAsync("/alive");
        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unreachable_database_makes_the_service_unhealthy_but_still_alive()
    {
        // A PostgreSQL connection string to a port nothing listens on; not Development, so nothing runs at start.
        await using var app = await StartAsync(builder =>
            builder.Configuration["ConnectionStrings:notes"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");
        using var client = new HttpClient { BaseAddress = new Uri(OtlpReceiver.ListeningAddress(app)) };

        var alive = await client.GetAsync("/alive");
        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
    }

    private static async Task<WebApplication> StartAsync(Action<WebApplicationBuilder> configure)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        configure(builder);
        builder.AddServiceDefaults();
        builder.Logging.ClearProviders();
        builder.AddModuleDatabase<NotesContext>("notes");
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        return app;
    }
}

/// <summary>A minimal module model for the hosting tests.</summary>
public sealed class NotesContext(DbContextOptions<NotesContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();
}

public sealed class Note
{
    public int Id { get; set; }

    public required string Text { get; set; }
}
