using Microsoft.EntityFrameworkCore;
using Platform.GraphQL.DataLoader;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.GraphQL;

/// <summary>Each volunteer's counted service minutes (current, unrevoked versions), one grouped query per batch.</summary>
public sealed class ServiceMinutesLoader(DataLoaderScope scope, VolunteersContexts contexts) : BatchDataLoader<string, long>(scope)
{
    protected override async Task<IReadOnlyDictionary<string, long>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var sums = await db.Counting()
            .Where(r => keys.Contains(r.VolunteerId))
            .GroupBy(r => r.VolunteerId)
            .Select(g => new { VolunteerId = g.Key, Minutes = g.Sum(r => r.Minutes) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return sums.ToDictionary(s => s.VolunteerId, s => (long)s.Minutes);
    }
}
