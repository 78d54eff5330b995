using Microsoft.EntityFrameworkCore;

namespace Platform.Organization.Data;

/// <summary>
/// Short-lived contexts for reads. Resolvers and DataLoaders of one request run concurrently, and a
/// <see cref="DbContext"/> allows one operation at a time, so each read gets a context of its own (same options).
/// </summary>
public sealed class OrganizationContexts(DbContextOptions<OrganizationDbContext> options)
{
    public OrganizationDbContext Create()
    {
        var context = new OrganizationDbContext(options);
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return context;
    }
}
