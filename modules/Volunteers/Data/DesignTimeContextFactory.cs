using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Volunteers.Data;

/// <summary>
/// The context <c>dotnet ef migrations add</c> builds: PostgreSQL, the production engine (the SQLite file is created
/// from the model). No connection is opened to add a migration.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<VolunteersDbContext>
{
    public VolunteersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<VolunteersDbContext>().UseNpgsql("Host=127.0.0.1;Database=volunteers").Options);
}
