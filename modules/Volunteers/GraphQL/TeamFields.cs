using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Volunteers.Data;
using Platform.Volunteers.Domain;

namespace Platform.Volunteers.GraphQL;

/// <summary>A team's category, unit, parent team and members.</summary>
[ExtendObjectType(typeof(Team))]
public sealed class TeamFields
{
    /// <summary>Federation: other subgraphs (Activities adds a team's activities) reference teams by id.</summary>
    public static async Task<Team?> ResolveReference([ID] string id, VolunteersContexts contexts, CancellationToken cancellationToken)
    {
        if (!EntityIds.IsWellFormed(id))
        {
            return null;
        }

        await using var db = contexts.Create();
        return await db.Teams.SingleOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TeamCategory> GetCategoryAsync([Parent] Team team, VolunteersContexts contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.TeamCategories.SingleAsync(c => c.Code == team.CategoryCode, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("The practice unit the team belongs to (resolved by the Organization module).")]
    public OrgUnit GetUnit([Parent] Team team) => new(team.UnitId, null);

    public async Task<Team?> GetParentTeamAsync([Parent] Team team, VolunteersContexts contexts, CancellationToken cancellationToken)
    {
        if (team.ParentTeamId is null)
        {
            return null;
        }

        await using var db = contexts.Create();
        return await db.Teams.SingleOrDefaultAsync(t => t.Id == team.ParentTeamId, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("The team's volunteers, by name (for signed-in callers, like every volunteer read).")]
    public async Task<IReadOnlyList<Volunteer>> GetMembersAsync([Parent] Team team, ClaimsPrincipal? user, VolunteersContexts contexts, CancellationToken cancellationToken)
    {
        VolunteerAccess.EnsureSignedIn(user);
        await using var db = contexts.Create();
        return await db.Volunteers.Where(v => db.TeamMembers.Any(m => m.TeamId == team.Id && m.VolunteerId == v.Id))
            .OrderBy(v => v.RealName).ThenBy(v => v.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
