using Microsoft.EntityFrameworkCore;

namespace Platform.Activities.Data;

/// <summary>
/// Short-lived contexts for reads. Resolvers and DataLoaders of one request run concurrently, and a
/// <see cref="DbContext"/> allows one operation at a time, so each read gets a context of its own (same options).
/// </summary>
public sealed class ActivitiesContexts(DbContextOptions<ActivitiesDbContext> options)
{
    public ActivitiesDbContext Create()
    {
        var context = new ActivitiesDbContext(options);
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return context;
    }
}
