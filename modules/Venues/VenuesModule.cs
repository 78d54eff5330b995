using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Hosting.Data;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;
using Platform.Hosting.Synthetic;
using Platform.Venues.Data;
using Platform.Venues.Data.Seed;
using Platform.Venues.GraphQL;

namespace Platform.Venues;

/// <summary>What the Venues module registers: its database, authentication, a clock, and its part of the graph.</summary>
public static class VenuesModule
{
    /// <summary>The module's database name (<c>ConnectionStrings:venues</c>, else <c>venues.db</c>).</summary>
    public const string DatabaseName = "venues";

    /// <summary>
    /// The venues (PostgreSQL or SQLite), seeded with a small marked sample unless <c>Venues:SeedSample</c> is false, and
    /// with a venue per center, institute and station of the synthetic province when <c>Platform:Scale</c> is set;
    /// JWT authentication; <see cref="TimeProvider.System"/> unless a clock is registered already; and the GraphQL
    /// subgraph whose <c>Venue</c> is an entity keyed by id and which adds <c>venues</c> to the Organization module's <c>OrgUnit</c>.
    /// </summary>
    public static TBuilder AddVenuesModule<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddModuleDatabase<VenuesDbContext>(DatabaseName);
        builder.Services.TryAddScoped<VenuesContexts>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddUnitHierarchy(builder.Configuration);
        if (builder.Configuration.GetValue("Venues:SeedSample", defaultValue: true))
        {
            builder.Services.AddScoped<IDatabaseSeeder<VenuesDbContext>, SampleVenueSeeder>();
        }

        if (SyntheticScale.Read(builder.Configuration) is { } scale)
        {
            builder.Services.AddScoped<IDatabaseSeeder<VenuesDbContext>>(services =>
                new ScaledVenueSeeder(scale, services.GetRequiredService<ILogger<ScaledVenueSeeder>>()));
        }

        builder.AddPlatformAuthentication();
        builder.Services.AddGraphQLServer()
            .AddQueryType<VenuesQuery>()
            .AddMutationType<VenuesMutation>()
            .AddTypeExtension<VenueContentMutations>()
            .AddTypeExtension<VenueFields>()
            .AddTypeExtension<OrgUnitVenues>()
            .AddDataLoader<VenueByIdLoader>()
            .AddDataLoader<VenuesByUnitLoader>()
            .AddFederation();
        return builder;
    }
}
