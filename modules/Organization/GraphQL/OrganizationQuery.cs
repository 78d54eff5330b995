using Microsoft.EntityFrameworkCore;
using Platform.GraphQL.Pagination;
using Platform.Organization.Data;
using Platform.Organization.Domain;

namespace Platform.Organization.GraphQL;

/// <summary>The Organization module's root queries.</summary>
public sealed class OrganizationQuery
{
    [GraphQLDescription("The unit with this id, or null when there is none.")]
    public async Task<OrgUnit?> GetUnitAsync([ID] string id, UnitByIdLoader units, CancellationToken cancellationToken)
    {
        UnitLookup.EnsureWellFormed(id);
        return await units.LoadAsync(id, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("Units by name (containing the search text), optionally of one level, ordered by name.")]
    public async Task<Connection<OrgUnit>> GetUnitsAsync(
        OrganizationContexts contexts,
        CancellationToken cancellationToken,
        string? search = null,
        OrgLevel? level = null,
        bool includeArchived = false,
        int? first = null,
        string? after = null,
        int? last = null,
        string? before = null)
    {
        await using var db = contexts.Create();
        var query = db.Units.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            query = query.NameContains(text, db.Database.IsNpgsql());
        }

        if (level is { } wanted)
        {
            query = query.Where(unit => unit.Level == wanted);
        }

        if (!includeArchived)
        {
            query = query.Where(unit => !unit.Archived);
        }

        return await query.OrderBy(unit => unit.Name).ThenBy(unit => unit.Id)
            .ToConnectionAsync(first, after, last, before, cancellationToken).ConfigureAwait(false);
    }
}
