using Microsoft.EntityFrameworkCore;
using Platform.GraphQL.DataLoader;
using Platform.Organization.Data;

namespace Platform.Organization.GraphQL;

/// <summary>The children of many units in one query, each parent's children ordered by name.</summary>
public sealed class ChildrenByParentLoader(DataLoaderScope scope, OrganizationContexts contexts) : GroupedDataLoader<string, OrgUnit>(scope)
{
    protected override async Task<ILookup<string, OrgUnit>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var children = await db.Units
            .Where(unit => unit.ParentId != null && keys.Contains(unit.ParentId))
            .OrderBy(unit => unit.Name).ThenBy(unit => unit.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return children.ToLookup(unit => unit.ParentId!);
    }
}
