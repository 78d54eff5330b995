using Microsoft.EntityFrameworkCore;

namespace Platform.Activities.Data;

/// <summary>
/// The Activities module's database. Each aggregate (activities, projects, service orders) maps itself in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> of its own in this assembly, so the context stays one small file.
/// </summary>
public sealed class ActivitiesDbContext(DbContextOptions<ActivitiesDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ActivitiesDbContext).Assembly);
}
