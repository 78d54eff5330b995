using Microsoft.AspNetCore.Hosting;
using Platform.Activities.Data;
using Platform.Activities.GraphQL;

namespace Platform.Activities;

/// <summary>What the activity part of the module registers: its services and its part of the graph.</summary>
public static class ActivityRegistration
{
    /// <summary>
    /// The publications hub (in-process), the Volunteers module's client (<c>Platform:VolunteersUrl</c>), the region
    /// capture, and the media keys (<c>Activities:MediaKeys</c>) with the middleware that checks them.
    /// </summary>
    public static IServiceCollection AddActivityServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<ActivityPublications>();
        services.AddScoped<ActivityRegionCapture>();
        var volunteersUrl = configuration["Platform:VolunteersUrl"];
        services.AddSingleton(_ => new ActivityVolunteersClient(new HttpClient(), volunteersUrl));
        var keys = configuration.GetSection(FeedMediaKeyOptions.Section).Get<List<FeedMediaKeyOptions>>() ?? [];
        services.AddSingleton(provider => new FeedMediaKeys(keys, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IStartupFilter, FeedMediaKeyMiddleware>();
        return services;
    }

    /// <summary>Activity types, queries, mutations, the feed, the subscription, the fields on OrgUnit, Team and Volunteer, and their DataLoaders.</summary>
    public static GraphQLServerBuilder AddActivityPart(this GraphQLServerBuilder graphQL) => graphQL
        .AddTypeExtension<ActivityQueries>()
        .AddTypeExtension<ActivityFeedQuery>()
        .AddTypeExtension<PublicActivityFields>()
        .AddTypeExtension<ActivityMutations>()
        .AddTypeExtension<ActivitySignUpMutations>()
        .AddTypeExtension<ActivityServiceRecording>()
        .AddTypeExtension<ActivitySubscriptions>()
        .AddTypeExtension<ActivityFields>()
        .AddTypeExtension<ActivitySignUpFields>()
        .AddTypeExtension<ActivityOrgUnitFields>()
        .AddTypeExtension<ActivityTeamFields>()
        .AddTypeExtension<ActivityVolunteerFields>()
        .AddType<Activity>()
        .AddDataLoader<ActivityByIdLoader>()
        .AddDataLoader<ActivitiesByUnitLoader>()
        .AddDataLoader<ActivityCountsByUnitLoader>()
        .AddDataLoader<ActivitiesByTeamLoader>()
        .AddDataLoader<ActivitiesByVolunteerLoader>();
}
