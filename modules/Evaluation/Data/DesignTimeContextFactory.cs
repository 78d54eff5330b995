using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Evaluation.Data;

/// <summary>
/// The context <c>dotnet ef migrations add</c> builds: PostgreSQL, the production engine (the SQLite file is created
/// from the model). No connection is opened to add a migration.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<EvaluationDbContext>
{
    public EvaluationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EvaluationDbContext>().UseNpgsql("Host=127.0.0.1;Database=evaluation").Options);
}
