using Microsoft.EntityFrameworkCore;
using Platform.Hosting.Data;

namespace Platform.Volunteers.Data.Seed;

/// <summary>Adds the standard team categories that are missing (idempotent: runs on every start).</summary>
public sealed class TeamCategorySeeder : IDatabaseSeeder<VolunteersDbContext>
{
    public async Task SeedAsync(VolunteersDbContext context, CancellationToken cancellationToken)
    {
        var present = await context.TeamCategories.Where(c => c.UnitId == null).Select(c => c.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var order = 0;
        foreach (var (code, name, groups) in TeamCategoryCatalog.Standard)
        {
            order++;
            if (!present.Contains(code))
            {
                context.TeamCategories.Add(new TeamCategory { Code = code, Name = name, Groups = groups, SortOrder = order });
            }
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
