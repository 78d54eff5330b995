using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.GraphQL.Pagination;

namespace Platform.Activities.GraphQL;

/// <summary>Reading projects, all public: one by id, a filtered list, and the project library's admitted projects with their progress.</summary>
[ExtendObjectType("Query")]
public sealed class ProjectQueries
{
    [GraphQLDescription("The project with this id, or null when there is none.")]
    public async Task<Project?> GetProjectAsync([ID] string id, ProjectByIdLoader projects, CancellationToken cancellationToken)
    {
        ActivityErrors.EnsureId(id, "a project");
        return await projects.LoadAsync(id, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("Projects by name, optionally of one organizing unit, stage or library status.")]
    public async Task<Connection<Project>> GetProjectsAsync(
        ActivitiesContexts contexts, CancellationToken cancellationToken,
        [ID] string? unitId = null, ProjectStage? stage = null, ProjectLibraryStatus? libraryStatus = null, int? first = null, string? after = null)
    {
        await using var db = contexts.Create();
        var query = db.Projects.AsQueryable();
        if (unitId is not null)
        {
            ActivityErrors.EnsureId(unitId, "a unit");
            query = query.Where(p => p.UnitId == unitId);
        }

        if (stage is { } wantedStage)
        {
            query = query.Where(p => p.Stage == wantedStage);
        }

        if (libraryStatus is { } wantedStatus)
        {
            query = query.Where(p => p.LibraryStatus == wantedStatus);
        }

        return await query.OrderBy(p => p.Name).ThenBy(p => p.Id).ToConnectionAsync(first, after, null, null, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("The project library (项目库): admitted projects by name, whose progress is public (seed 003 §五.3); brand projects only when asked.")]
    public async Task<Connection<Project>> GetAdmittedProjectsAsync(
        ActivitiesContexts contexts, CancellationToken cancellationToken, bool brandOnly = false, int? first = null, string? after = null)
    {
        await using var db = contexts.Create();
        var query = db.Projects.Where(p => p.LibraryStatus == ProjectLibraryStatus.Admitted && (!brandOnly || p.IsBrand));
        return await query.OrderBy(p => p.Name).ThenBy(p => p.Id).ToConnectionAsync(first, after, null, null, cancellationToken).ConfigureAwait(false);
    }
}
