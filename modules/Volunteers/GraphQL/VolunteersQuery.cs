using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.GraphQL.Pagination;
using Platform.Volunteers.Data;
using Platform.Volunteers.Domain;

namespace Platform.Volunteers.GraphQL;

/// <summary>The Volunteers module's root queries. Volunteers and their records need a signed-in caller.</summary>
public sealed class VolunteersQuery
{
    [GraphQLDescription("The volunteer with this id, or null.")]
    public async Task<Volunteer?> GetVolunteerAsync([ID] string id, ClaimsPrincipal? user, VolunteerByIdLoader volunteers, CancellationToken cancellationToken)
    {
        VolunteerAccess.EnsureSignedIn(user);
        return await volunteers.LoadAsync(EntityIds.Ensure(id, "volunteer"), cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("The volunteers registered with a unit, by name.")]
    public async Task<Connection<Volunteer>> GetVolunteersAsync(
        [ID] string unitId,
        ClaimsPrincipal? user,
        VolunteersContexts contexts,
        CancellationToken cancellationToken,
        int? first = null,
        string? after = null,
        int? last = null,
        string? before = null)
    {
        VolunteerAccess.EnsureSignedIn(user);
        EntityIds.Ensure(unitId, "unit");
        await using var db = contexts.Create();
        return await db.Volunteers.Where(v => v.HomeUnitId == unitId).OrderBy(v => v.RealName).ThenBy(v => v.Id)
            .ToConnectionAsync(first, after, last, before, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("The team with this id, or null.")]
    public async Task<Team?> GetTeamAsync([ID] string id, VolunteersContexts contexts, CancellationToken cancellationToken)
    {
        EntityIds.Ensure(id, "team");
        await using var db = contexts.Create();
        return await db.Teams.SingleOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("A unit's teams, by level and name.")]
    public async Task<IReadOnlyList<Team>> GetTeamsAsync([ID] string unitId, VolunteersContexts contexts, CancellationToken cancellationToken)
    {
        EntityIds.Ensure(unitId, "unit");
        await using var db = contexts.Create();
        var teams = await db.Teams.Where(t => t.UnitId == unitId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. teams.OrderBy(t => t.Level).ThenBy(t => t.Name, StringComparer.Ordinal)];
    }

    [GraphQLDescription("The team category catalog: the standard categories, and the local ones of unitId when given.")]
    public async Task<IReadOnlyList<TeamCategory>> GetTeamCategoriesAsync(VolunteersContexts contexts, CancellationToken cancellationToken, [ID] string? unitId = null)
    {
        await using var db = contexts.Create();
        return await db.TeamCategories.Where(c => c.UnitId == null || c.UnitId == unitId)
            .OrderBy(c => c.UnitId != null).ThenBy(c => c.SortOrder).ThenBy(c => c.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("The service record version with this id, or null.")]
    public async Task<ServiceRecord?> GetServiceRecordAsync([ID] string id, ClaimsPrincipal? user, VolunteersContexts contexts, CancellationToken cancellationToken)
    {
        VolunteerAccess.EnsureSignedIn(user);
        EntityIds.Ensure(id, "service record");
        await using var db = contexts.Create();
        return await db.ServiceRecords.SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
    }
}
