using Microsoft.EntityFrameworkCore;

namespace Platform.Venues.Data;

/// <summary>
/// Short-lived contexts for reads. Resolvers and DataLoaders of one request run concurrently, and a
/// <see cref="DbContext"/> allows one operation at a time, so each read gets a context of its own (same options).
/// </summary>
public sealed class VenuesContexts(DbContextOptions<VenuesDbContext> options)
{
    public VenuesDbContext Create()
    {
        var context = new VenuesDbContext(options);
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return context;
    }
}
