using Microsoft.EntityFrameworkCore;

namespace Platform.Activities.Data;

/// <summary>
/// The Activities module's database. Each aggregate (activities, projects, service orders) maps itself in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> of its own in this assembly, so the context stays one small file.
/// Every save first brings changed activities' region rows in step (<see cref="ActivityRegionMirror"/>).
/// </summary>
public sealed class ActivitiesDbContext(DbContextOptions<ActivitiesDbContext> options) : DbContext(options)
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ActivityRegionMirror.Follow(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await ActivityRegionMirror.FollowAsync(this, cancellationToken).ConfigureAwait(false);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ActivitiesDbContext).Assembly);
}
