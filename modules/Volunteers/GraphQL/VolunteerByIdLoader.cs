using Microsoft.EntityFrameworkCore;
using Platform.GraphQL.DataLoader;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.GraphQL;

/// <summary>Volunteers by id, one query per batch: <c>volunteer(id:)</c>, entity references and record/team links.</summary>
public sealed class VolunteerByIdLoader(DataLoaderScope scope, VolunteersContexts contexts) : BatchDataLoader<string, Volunteer>(scope)
{
    protected override async Task<IReadOnlyDictionary<string, Volunteer>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Volunteers.Where(v => keys.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken).ConfigureAwait(false);
    }
}
