using Microsoft.EntityFrameworkCore;

namespace Platform.Activities.Data;

/// <summary>The project tables of <see cref="ActivitiesDbContext"/>.</summary>
public static class ProjectSets
{
    extension(ActivitiesDbContext db)
    {
        public DbSet<Project> Projects => db.Set<Project>();

        public DbSet<ProjectEvent> ProjectEvents => db.Set<ProjectEvent>();
    }
}
