using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Activities.Data;
using Platform.Activities.Data.Seed;
using Platform.Activities.GraphQL;
using Platform.Hosting.Data;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Synthetic;
using Platform.Hosting.Security;

namespace Platform.Activities;

/// <summary>What the Activities module registers: its database, authentication, a clock, and its part of the graph.</summary>
public static class ActivitiesModule
{
    /// <summary>The module's database name (<c>ConnectionStrings:activities</c>, else <c>activities.db</c>).</summary>
    public const string DatabaseName = "activities";

    /// <summary>
    /// The activities, projects and service orders (PostgreSQL or SQLite); JWT authentication; <see cref="TimeProvider.System"/>
    /// unless a clock is registered already; the unit tree for admin scopes; the synthetic province's activities when
    /// <c>Platform:Scale</c> is set; and the GraphQL subgraph.
    /// </summary>
    public static TBuilder AddActivitiesModule<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddModuleDatabase<ActivitiesDbContext>(DatabaseName);
        builder.Services.TryAddScoped<ActivitiesContexts>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddUnitHierarchy(builder.Configuration);
        builder.Services.AddActivityServices(builder.Configuration);
        if (SyntheticScale.Read(builder.Configuration) is { } scale)
        {
            builder.Services.AddScoped<IDatabaseSeeder<ActivitiesDbContext>>(services => new ScaledActivitySeeder(
                scale, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<ScaledActivitySeeder>>()));
        }

        builder.AddPlatformAuthentication();
        builder.Services.AddGraphQLServer()
            .AddQueryType<ActivitiesQuery>()
            .AddActivityPart()
            .AddServiceOrderPart()
            .AddProjectPart()
            .AddFederation();
        return builder;
    }
}
