using Microsoft.EntityFrameworkCore;
using Platform.GraphQL.DataLoader;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.GraphQL;

/// <summary>
/// Volunteer counts of many units in one grouped query over <see cref="VolunteerRegion"/>: every volunteer whose home unit
/// is the unit or lies below it (an index-only count on PostgreSQL and SQLite).
/// </summary>
public sealed class UnitStatsLoader(DataLoaderScope scope, VolunteersContexts contexts) : BatchDataLoader<string, UnitVolunteerStats>(scope)
{
    protected override async Task<IReadOnlyDictionary<string, UnitVolunteerStats>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var rows = await db.VolunteerRegions
            .Where(r => keys.Contains(r.UnitId))
            .GroupBy(r => r.UnitId)
            .Select(g => new
            {
                Unit = g.Key,
                Registered = g.Count(),
                WithHours = g.Count(r => r.HasHours),
                Party = g.Count(r => r.PartyMember),
                PartyWithHours = g.Count(r => r.PartyMember && r.HasHours),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Unit, r => new UnitVolunteerStats(r.Registered, r.WithHours, r.Party, r.PartyWithHours));
    }
}
