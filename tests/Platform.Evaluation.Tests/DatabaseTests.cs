using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Evaluation.Data;

namespace Platform.Evaluation.Tests;

/// <summary>The PostgreSQL schema comes from the committed migration, which matches the model; the rubric is seeded once; the data key is required outside Development.</summary>
public sealed class DatabaseTests(TreeFixture fixture) : IClassFixture<TreeFixture>
{
    [Fact]
    public async Task The_initial_migration_is_applied_and_matches_the_model()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvaluationDbContext>();

        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), migration => migration.EndsWith("_InitialEvaluation", StringComparison.Ordinal));
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last migration: add one (dotnet ef migrations add).");
        Assert.Equal(1, await db.Rubrics.CountAsync());
    }

    [Theory]
    [InlineData(null, "must be configured")]
    [InlineData("c2hvcnQ=", "at least 32 bytes")]
    [InlineData("not base64!", "not base64")]
    public void Outside_development_a_missing_or_weak_data_key_stops_startup(string? key, string message)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Auth:SigningKey"] = "evaluation-tests-signing-key-0123456789abcdef";
        builder.Configuration["ConnectionStrings:" + EvaluationModule.DatabaseName] = "Host=127.0.0.1;Database=never-opened";
        builder.Configuration[EvaluationModule.DataKeySetting] = key;

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddEvaluationModule());

        Assert.Contains(EvaluationModule.DataKeySetting, error.Message);
        Assert.Contains(message, error.Message);
    }
}
