using Platform.Hosting.Hierarchy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Hosting.Data;
using Platform.Hosting.Protection;
using Platform.Hosting.Security;
using Platform.Hosting.Synthetic;
using Platform.Volunteers.Data;
using Platform.Volunteers.Data.Protection;
using Platform.Volunteers.Data.Seed;
using Platform.Volunteers.Domain;
using Platform.Volunteers.GraphQL;

namespace Platform.Volunteers;

/// <summary>What the Volunteers module registers: its database, personal-data protection, authentication, and its part of the graph.</summary>
public static class VolunteersModule
{
    /// <summary>The module's database name (<c>ConnectionStrings:volunteers</c>, else <c>volunteers.db</c>).</summary>
    public const string DatabaseName = "volunteers";

    /// <summary>
    /// Volunteers, teams, service records and the points ledger (PostgreSQL or SQLite), the team category catalog seeded
    /// on start (and the synthetic province's volunteers when <c>Platform:Scale</c> is set); the data key (<c>Volunteers:DataKey</c>) and points rate (<c>Volunteers:PointsPerHour</c>, default 1);
    /// JWT authentication; and the subgraph: <c>Volunteer</c> an entity keyed by id, <c>OrgUnit</c> extended with
    /// volunteer figures, <c>Activity</c> referenced by key.
    /// </summary>
    public static TBuilder AddVolunteersModule<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddModuleDatabase<VolunteersDbContext>(DatabaseName);
        builder.Services.TryAddScoped<VolunteersContexts>();
        builder.Services.AddScoped<IDatabaseSeeder<VolunteersDbContext>, TeamCategorySeeder>();
        builder.Services.AddSingleton(DataKeyConfiguration.CreateProtector(builder.Configuration, builder.Environment));
        builder.Services.AddSingleton(new PointsRules(builder.Configuration.GetValue("Volunteers:PointsPerHour", 1.0)));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddUnitHierarchy(builder.Configuration);
        builder.Services.AddScoped<PointsLedger>();
        builder.Services.AddScoped<VolunteerRegionCapture>();
        if (SyntheticScale.Read(builder.Configuration) is { } scale)
        {
            var countyShare = SyntheticScale.ReadVolunteerShare(builder.Configuration);
            builder.Services.AddScoped<IDatabaseSeeder<VolunteersDbContext>>(services => new ScaledVolunteerSeeder(
                scale, countyShare, services.GetRequiredService<PersonalDataProtector>(), services.GetRequiredService<PointsRules>(),
                services.GetRequiredService<ILogger<ScaledVolunteerSeeder>>()));
        }

        builder.AddPlatformAuthentication();
        builder.Services.AddGraphQLServer()
            .AddQueryType<VolunteersQuery>()
            .AddMutationType<VolunteersMutation>()
            .AddTypeExtension<TeamMutations>()
            .AddTypeExtension<VolunteerMoveMutations>()
            .AddTypeExtension<ServiceRecordMutations>()
            .AddTypeExtension<PointsMutations>()
            .AddTypeExtension<VolunteerFields>()
            .AddTypeExtension<TeamFields>()
            .AddTypeExtension<ServiceRecordFields>()
            .AddTypeExtension<OrgUnitVolunteerFields>()
            .AddType<OrgUnit>()
            .AddDataLoader<VolunteerByIdLoader>()
            .AddDataLoader<ServiceMinutesLoader>()
            .AddDataLoader<UnitStatsLoader>()
            .AddFederation();
        return builder;
    }
}
