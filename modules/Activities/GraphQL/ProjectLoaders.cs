using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.GraphQL.DataLoader;

namespace Platform.Activities.GraphQL;

/// <summary>Projects by id, one query per batch: <c>project(id:)</c> and entity references go through it.</summary>
public sealed class ProjectByIdLoader(DataLoaderScope scope, ActivitiesContexts contexts) : BatchDataLoader<string, Project>(scope)
{
    protected override async Task<IReadOnlyDictionary<string, Project>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Projects.Where(p => keys.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The projects of many units in one query, each unit's by name: <c>projects</c>, <c>brandProjects</c> and the quota share it.</summary>
public sealed class ProjectsByUnitLoader(DataLoaderScope scope, ActivitiesContexts contexts) : GroupedDataLoader<string, Project>(scope)
{
    protected override async Task<ILookup<string, Project>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var projects = await db.Projects.Where(p => keys.Contains(p.UnitId)).OrderBy(p => p.Name).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return projects.ToLookup(p => p.UnitId);
    }
}

/// <summary>The events of many projects in one query, each in step order.</summary>
public sealed class ProjectEventsLoader(DataLoaderScope scope, ActivitiesContexts contexts) : GroupedDataLoader<string, ProjectEvent>(scope)
{
    protected override async Task<ILookup<string, ProjectEvent>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var events = await db.ProjectEvents.Where(e => keys.Contains(e.ProjectId)).OrderBy(e => e.ProjectId).ThenBy(e => e.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return events.ToLookup(e => e.ProjectId);
    }
}
