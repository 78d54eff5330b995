using Microsoft.EntityFrameworkCore;

namespace Platform.Activities.Data;

/// <summary>The order tables of <see cref="ActivitiesDbContext"/> (the context itself stays one small shared file).</summary>
public static class ServiceOrderSets
{
    extension(ActivitiesDbContext db)
    {
        public DbSet<ServiceOrder> ServiceOrders => db.Set<ServiceOrder>();

        public DbSet<ServiceOrderHistoryEntry> ServiceOrderHistory => db.Set<ServiceOrderHistoryEntry>();
    }
}
