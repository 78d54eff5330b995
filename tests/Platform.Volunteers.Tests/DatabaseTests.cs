using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Volunteers.Data;
using Platform.Volunteers.Data.Protection;

namespace Platform.Volunteers.Tests;

/// <summary>The PostgreSQL schema comes from the committed migration, which matches the model; the data key is required outside Development.</summary>
public sealed class DatabaseTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_initial_migration_is_applied_and_matches_the_model()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VolunteersDbContext>();

        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), migration => migration.EndsWith("_InitialVolunteers", StringComparison.Ordinal));
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last migration: add one (dotnet ef migrations add).");
    }

    [Theory]
    [InlineData("Production", null, "must be configured")]
    [InlineData("Production", "c2hvcnQ=", "at least 32 bytes")]
    [InlineData("Production", "not base64!", "not base64")]
    public void Outside_development_a_missing_or_weak_data_key_stops_startup(string environment, string? key, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DataKeyConfiguration.Setting] = key }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => DataKeyConfiguration.CreateProtector(configuration, new Environment(environment)));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Development_runs_on_the_built_in_key()
    {
        var configuration = new ConfigurationBuilder().Build();

        var protector = DataKeyConfiguration.CreateProtector(configuration, new Environment("Development"));

        Assert.Equal("13812345678", protector.Decrypt(protector.Encrypt("13812345678", "phone"), "phone"));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => protector.Decrypt(protector.Encrypt("13812345678", "phone"), "id_card"));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Platform.Volunteers";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
