using Microsoft.EntityFrameworkCore;
using Platform.GraphQL.DataLoader;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.GraphQL;

/// <summary>Volunteer counts of many units in one grouped query (the units' own volunteers, not their subtrees').</summary>
public sealed class UnitStatsLoader(DataLoaderScope scope, VolunteersContexts contexts) : BatchDataLoader<string, UnitVolunteerStats>(scope)
{
    protected override async Task<IReadOnlyDictionary<string, UnitVolunteerStats>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var counting = db.Counting();
        var rows = await db.Volunteers
            .Where(v => keys.Contains(v.HomeUnitId))
            .Select(v => new { v.HomeUnitId, v.PartyMember, HasHours = counting.Any(r => r.VolunteerId == v.Id) })
            .GroupBy(v => v.HomeUnitId)
            .Select(g => new
            {
                Unit = g.Key,
                Registered = g.Count(),
                WithHours = g.Count(v => v.HasHours),
                Party = g.Count(v => v.PartyMember),
                PartyWithHours = g.Count(v => v.PartyMember && v.HasHours),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Unit, r => new UnitVolunteerStats(r.Registered, r.WithHours, r.Party, r.PartyWithHours));
    }
}
