using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Hosting.Data;
using Platform.Hosting.Hierarchy;
using Platform.Volunteers.Data;
using Platform.Volunteers.Domain;

namespace Platform.Volunteers.GraphQL;

/// <summary>Teams: a unit's local ("N") categories, registering teams, adding members; all by the unit's administrators.</summary>
[ExtendObjectType("Mutation")]
public sealed class TeamMutations
{
    [GraphQLDescription("Adds a local (N) team category for a unit.")]
    public async Task<TeamCategory> AddLocalTeamCategoryAsync(
        [ID] string unitId, string name, ClaimsPrincipal? user, VolunteersDbContext db, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        EntityIds.Ensure(unitId, "unit");
        await VolunteerAccess.EnsureUnitAdminAsync(user, unitId, "add team categories to it", hierarchy, cancellationToken).ConfigureAwait(false);
        var category = new TeamCategory
        {
            Code = "LOCAL_" + EntityIds.New(),
            Name = TextRules.Required(name, "A category name", VolunteersDbContext.MaxNameLength, VolunteerErrors.InvalidName),
            UnitId = unitId,
            Groups = TeamCategoryGroup.Local,
        };
        db.TeamCategories.Add(category);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException duplicate) when (UniqueViolation.Is(duplicate))
        {
            throw VolunteerErrors.Create(VolunteerErrors.InvalidName, $"The unit already has a category named \"{category.Name}\".");
        }

        return category;
    }

    [GraphQLDescription("Registers a team of a unit in the brigade structure.")]
    public async Task<Team> CreateTeamAsync(CreateTeamInput input, ClaimsPrincipal? user, VolunteersDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken)
    {
        EntityIds.Ensure(input.UnitId, "unit");
        await VolunteerAccess.EnsureUnitAdminAsync(user, input.UnitId, "register teams for it", hierarchy, cancellationToken).ConfigureAwait(false);
        var category = await db.TeamCategories.SingleOrDefaultAsync(c => c.Code == input.CategoryCode, cancellationToken).ConfigureAwait(false);
        if (category is null || (category.UnitId is not null && category.UnitId != input.UnitId))
        {
            throw VolunteerErrors.Create(VolunteerErrors.CategoryNotFound, $"No team category \"{input.CategoryCode}\" is open to this unit.");
        }

        Team? parent = null;
        if (input.ParentTeamId is not null)
        {
            EntityIds.Ensure(input.ParentTeamId, "team");
            parent = await db.Teams.SingleOrDefaultAsync(t => t.Id == input.ParentTeamId, cancellationToken).ConfigureAwait(false)
                ?? throw VolunteerErrors.Create(VolunteerErrors.TeamNotFound, $"No team has the id \"{input.ParentTeamId}\".");
        }

        TeamLevels.EnsureFits(input.Level, parent?.Level);
        var team = new Team
        {
            Id = EntityIds.New(),
            Name = TextRules.Required(input.Name, "A team name", VolunteersDbContext.MaxNameLength, VolunteerErrors.InvalidName),
            CategoryCode = category.Code,
            UnitId = input.UnitId,
            Level = input.Level,
            ParentTeamId = parent?.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return team;
    }

    [GraphQLDescription("Adds a registered volunteer to a team.")]
    public async Task<Team> AddTeamMemberAsync(
        [ID] string teamId, [ID] string volunteerId, ClaimsPrincipal? user, VolunteersDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken)
    {
        EntityIds.Ensure(teamId, "team");
        EntityIds.Ensure(volunteerId, "volunteer");
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken).ConfigureAwait(false)
            ?? throw VolunteerErrors.Create(VolunteerErrors.TeamNotFound, $"No team has the id \"{teamId}\".");
        await VolunteerAccess.EnsureUnitAdminAsync(user, team.UnitId, "add members to its teams", hierarchy, cancellationToken).ConfigureAwait(false);
        if (!await db.Volunteers.AnyAsync(v => v.Id == volunteerId, cancellationToken).ConfigureAwait(false))
        {
            throw VolunteerErrors.Create(VolunteerErrors.VolunteerNotFound, $"No volunteer has the id \"{volunteerId}\".");
        }

        db.TeamMembers.Add(new TeamMember { TeamId = teamId, VolunteerId = volunteerId, JoinedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException duplicate) when (UniqueViolation.Is(duplicate))
        {
            throw VolunteerErrors.Create(VolunteerErrors.AlreadyMember, "The volunteer is already a member of this team.");
        }

        return team;
    }
}
