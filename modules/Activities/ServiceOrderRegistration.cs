using Platform.Activities.GraphQL;
using Platform.GraphQL.AspNetCore;

namespace Platform.Activities;

/// <summary>What the service-order part of the module registers in the graph.</summary>
public static class ServiceOrderRegistration
{
    /// <summary>Order queries and mutations, the order's fields, the order fields on OrgUnit, Team and Volunteer, and their DataLoaders.</summary>
    public static GraphQLServerBuilder AddServiceOrderPart(this GraphQLServerBuilder graphQL) => graphQL
        .AddTypeExtension<ServiceOrderQueries>()
        .AddTypeExtension<ServiceOrderMutations>()
        .AddTypeExtension<ServiceOrderClosingMutations>()
        .AddTypeExtension<ServiceOrderFields>()
        .AddTypeExtension<ServiceOrderHistoryEntryFields>()
        .AddTypeExtension<ServiceOrderUnitFields>()
        .AddTypeExtension<ServiceOrderTeamFields>()
        .AddTypeExtension<ServiceOrderVolunteerFields>()
        .AddDataLoader<ServiceOrderByIdLoader>()
        .AddDataLoader<ServiceOrderHistoryLoader>()
        .AddDataLoader<ServiceOrdersByTeamLoader>()
        .AddDataLoader<ServiceOrdersByVolunteerLoader>();
}
