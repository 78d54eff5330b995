using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Hierarchy;

namespace Platform.Activities.GraphQL;

/// <summary>Setting up a project, naming its teams, and every step of its loop, its way into the library and its brand mark.</summary>
[ExtendObjectType("Mutation")]
public sealed class ProjectMutations
{
    [GraphQLDescription("Sets up a project of an organizing unit (成立项目), by an administrator whose scope covers the unit.")]
    public async Task<Project> CreateProjectAsync(
        CreateProjectInput input, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = UnitScope.EnsureSignedIn(user, "create a project");
        ActivityErrors.EnsureId(input.UnitId, "a unit");
        await UnitScope.EnsureAdministersAsync(caller, input.UnitId, "create a project", hierarchy, cancellationToken).ConfigureAwait(false);
        var project = new Project
        {
            Id = EntityIds.New(),
            UnitId = input.UnitId,
            Name = ProjectRules.Text(input.Name, "name", ProjectRules.MaxNameLength),
            Description = ProjectRules.OptionalText(input.Description, "description", ProjectRules.MaxDescriptionLength),
            Content = input.Content,
            TeamIds = ProjectRules.Teams(input.TeamIds),
            Stage = ProjectStage.Created,
            LibraryStatus = ProjectLibraryStatus.NotSubmitted,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Projects.Add(project);
        ProjectStepping.Record(db, project, ProjectAction.Create, null, project.Stage.ToString(), caller, clock, null);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return project;
    }

    [GraphQLDescription("Replaces the teams carrying a project (recruiting volunteer organizations), by its organizing unit's administrators.")]
    public async Task<Project> SetProjectTeamsAsync(
        [ID] string id, [ID] IReadOnlyList<string> teamIds, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        var caller = UnitScope.EnsureSignedIn(user, "change a project's teams");
        ActivityErrors.EnsureId(id, "a project");
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false) ?? throw ProjectErrors.NotFoundError(id);
        await UnitScope.EnsureAdministersAsync(caller, project.UnitId, "change a project's teams", hierarchy, cancellationToken).ConfigureAwait(false);
        project.TeamIds = ProjectRules.Teams(teamIds);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return project;
    }

    [GraphQLDescription(
        "Takes one step of a project: its loop (RECRUIT, IMPLEMENT, EVALUATE, IMPROVE, RECRUIT_AGAIN, IMPLEMENT_AGAIN, CLOSE) and SUBMIT by the organizing unit's " +
        "administrators; SCREEN, REVIEW, ADMIT, REJECT (with a reason in note), DESIGNATE_BRAND and WITHDRAW_BRAND by administrators above it. " +
        "A step its state does not allow answers PROJECT_STEP_NOT_ALLOWED and changes nothing.")]
    public Task<Project> TakeProjectStepAsync(
        [ID] string id, ProjectAction action, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken,
        [GraphQLDescription("An evaluation's findings, an improvement, a rejection's reason (up to 500 characters).")] string? note = null) =>
        ProjectStepping.TakeAsync(id, action, note, user, db, hierarchy, clock, cancellationToken);
}
