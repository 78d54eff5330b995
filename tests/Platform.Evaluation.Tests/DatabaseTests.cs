using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Evaluation.Data;

namespace Platform.Evaluation.Tests;

/// <summary>The PostgreSQL schema comes from the committed migration, which matches the model; the rubric is seeded once.</summary>
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
}
