using Microsoft.EntityFrameworkCore;

namespace Platform.Volunteers.Data;

/// <summary>
/// Short-lived contexts for reads. Resolvers and DataLoaders of one request run concurrently, and a
/// <see cref="DbContext"/> allows one operation at a time, so each read gets a context of its own (same options).
/// </summary>
public sealed class VolunteersContexts(DbContextOptions<VolunteersDbContext> options)
{
    public VolunteersDbContext Create()
    {
        var context = new VolunteersDbContext(options);
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return context;
    }
}
