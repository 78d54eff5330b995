using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Hosting.Data;
using Platform.Hosting.Security;
using Platform.Hosting.Synthetic;
using Platform.Organization.Data;
using Platform.Organization.Data.Seed;
using Platform.Organization.GraphQL;

namespace Platform.Organization;

/// <summary>What the Organization module registers: its database, authentication, and its part of the graph.</summary>
public static class OrganizationModule
{
    /// <summary>The module's database name (<c>ConnectionStrings:organization</c>, else <c>organization.db</c>).</summary>
    public const string DatabaseName = "organization";

    /// <summary>
    /// The unit tree (PostgreSQL or SQLite), seeded with the Taiyuan pilot list unless <c>Organization:SeedPilotList</c>
    /// is false, and with the synthetic province when <c>Platform:Scale</c> is set; JWT authentication; and the GraphQL subgraph whose <c>OrgUnit</c> is a federation entity keyed by id.
    /// </summary>
    public static TBuilder AddOrganizationModule<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddModuleDatabase<OrganizationDbContext>(DatabaseName);
        builder.Services.TryAddScoped<OrganizationContexts>();
        if (builder.Configuration.GetValue("Organization:SeedPilotList", defaultValue: true))
        {
            builder.Services.AddScoped<IDatabaseSeeder<OrganizationDbContext>, TaiyuanPilotSeeder>();
        }

        if (SyntheticScale.Read(builder.Configuration) is { } scale)
        {
            builder.Services.AddScoped<IDatabaseSeeder<OrganizationDbContext>>(services =>
                new ScaledUnitSeeder(scale, services.GetRequiredService<ILogger<ScaledUnitSeeder>>()));
        }

        builder.AddPlatformAuthentication();
        builder.Services.AddGraphQLServer()
            .AddQueryType<OrganizationQuery>()
            .AddMutationType<OrganizationMutation>()
            .AddTypeExtension<TreeMutations>()
            .AddTypeExtension<OrgUnitFields>()
            .AddDataLoader<UnitByIdLoader>()
            .AddDataLoader<ChildrenByParentLoader>()
            .AddFederation();
        return builder;
    }
}
