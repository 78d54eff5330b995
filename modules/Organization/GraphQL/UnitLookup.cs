using Microsoft.EntityFrameworkCore;
using Platform.Organization.Data;
using Platform.Organization.Domain;

namespace Platform.Organization.GraphQL;

/// <summary>Finding the units a mutation names, with the module's errors for malformed and unknown ids.</summary>
internal static class UnitLookup
{
    public static void EnsureWellFormed(string id)
    {
        if (!UnitIds.IsWellFormed(id))
        {
            throw OrganizationErrors.MalformedId(id);
        }
    }

    /// <summary>The tracked unit with <paramref name="id"/>; an error when the id is malformed or unknown.</summary>
    public static async Task<OrgUnit> FindAsync(OrganizationDbContext db, string id, CancellationToken cancellationToken)
    {
        EnsureWellFormed(id);
        return await db.Units.SingleOrDefaultAsync(unit => unit.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw OrganizationErrors.UnitNotFound(id);
    }

    public static void EnsureActive(OrgUnit unit, string action)
    {
        if (unit.Archived)
        {
            throw OrganizationErrors.Create(OrganizationErrors.Archived, $"The unit \"{unit.Name}\" is archived; it cannot {action}.");
        }
    }
}
