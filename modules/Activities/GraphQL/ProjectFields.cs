using Platform.Activities.Data;
using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>A project's organizing unit, teams, public progress (its events), and the steps its state allows.</summary>
[ExtendObjectType(typeof(Project))]
public sealed class ProjectFields
{
    /// <summary>Federation: other subgraphs reference projects by id (projects are public).</summary>
    public static Task<Project?> ResolveReference([ID] string id, ProjectByIdLoader projects, CancellationToken cancellationToken) =>
        EntityIds.IsWellFormed(id) ? projects.LoadAsync(id, cancellationToken) : Task.FromResult<Project?>(null);

    [GraphQLDescription("The organizing unit.")]
    public ActivityOrgUnitRef GetUnit([Parent] Project project) => new(project.UnitId);

    [GraphQLDescription("The teams carrying the project.")]
    public IReadOnlyList<ActivityTeamRef> GetTeams([Parent] Project project) => [.. project.TeamIds.Select(id => new ActivityTeamRef(id))];

    [GraphQLDescription("Every step so far, creation first: the project's public progress.")]
    public async Task<IReadOnlyList<ProjectEvent>> GetProgressAsync([Parent] Project project, ProjectEventsLoader events, CancellationToken cancellationToken) =>
        await events.LoadAsync(project.Id, cancellationToken).ConfigureAwait(false);

    [GraphQLDescription("The loop steps the project's stage allows.")]
    public IReadOnlyList<ProjectAction> GetNextLoopSteps([Parent] Project project) =>
        [.. ProjectLifecycle.All.Where(rule => rule.From == project.Stage).Select(rule => rule.Action)];
}
