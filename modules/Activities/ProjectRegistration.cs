using Platform.Activities.GraphQL;
using Platform.GraphQL.AspNetCore;

namespace Platform.Activities;

/// <summary>What the project part of the module registers in the graph.</summary>
public static class ProjectRegistration
{
    /// <summary>Project queries and mutations, the project's fields, the project fields and brand quota on OrgUnit, and their DataLoaders.</summary>
    public static GraphQLServerBuilder AddProjectPart(this GraphQLServerBuilder graphQL) => graphQL
        .AddTypeExtension<ProjectQueries>()
        .AddTypeExtension<ProjectMutations>()
        .AddTypeExtension<ProjectFields>()
        .AddTypeExtension<ProjectUnitFields>()
        .AddDataLoader<ProjectByIdLoader>()
        .AddDataLoader<ProjectsByUnitLoader>()
        .AddDataLoader<ProjectEventsLoader>();
}
