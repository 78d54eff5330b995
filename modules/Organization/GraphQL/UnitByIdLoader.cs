using Microsoft.EntityFrameworkCore;
using Platform.GraphQL.DataLoader;
using Platform.Organization.Data;

namespace Platform.Organization.GraphQL;

/// <summary>Units by id, one query per batch: parents, ancestors, <c>unit(id:)</c> and entity references go through it.</summary>
public sealed class UnitByIdLoader(DataLoaderScope scope, OrganizationContexts contexts) : BatchDataLoader<string, OrgUnit>(scope)
{
    protected override async Task<IReadOnlyDictionary<string, OrgUnit>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Units.Where(unit => keys.Contains(unit.Id)).ToDictionaryAsync(unit => unit.Id, cancellationToken).ConfigureAwait(false);
    }
}
