using Microsoft.EntityFrameworkCore;
using Platform.GraphQL.DataLoader;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.GraphQL;

/// <summary>
/// Volunteer counts of many units in one grouped query: the <see cref="HomeUnitCount"/> of every home unit whose
/// <see cref="UnitAncestor"/> rows list the unit (itself or a unit below it), summed; rows read are home units, not volunteers.
/// </summary>
public sealed class UnitStatsLoader(DataLoaderScope scope, VolunteersContexts contexts) : BatchDataLoader<string, UnitVolunteerStats>(scope)
{
    protected override async Task<IReadOnlyDictionary<string, UnitVolunteerStats>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var rows = await (
                from ancestor in db.UnitAncestors
                where keys.Contains(ancestor.AncestorId)
                join count in db.HomeUnitCounts on ancestor.UnitId equals count.UnitId
                group count by ancestor.AncestorId into g
                select new
                {
                    Unit = g.Key,
                    Registered = g.Sum(c => c.Registered),
                    WithHours = g.Sum(c => c.WithHours),
                    Party = g.Sum(c => c.PartyMembers),
                    PartyWithHours = g.Sum(c => c.PartyMembersWithHours),
                })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Unit, r => new UnitVolunteerStats(r.Registered, r.WithHours, r.Party, r.PartyWithHours));
    }
}
