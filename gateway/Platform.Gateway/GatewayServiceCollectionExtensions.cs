using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Gateway.Execution;
using Platform.Gateway.Registry;

namespace Platform.Gateway;

public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// The gateway's default cost limit: a federated graph is traversed deeper through lists than one module's (the
    /// federation benchmark's standard query estimates about 10^5), so the server's default of 5 000 would refuse
    /// ordinary operations. Depth, alias and root-field limits stay the server's; <c>ModifyOptions</c> changes any.
    /// </summary>
    public const long DefaultMaxCost = 1_000_000;

    /// <summary>
    /// Registers the gateway: options from <paramref name="configuration"/> (the <c>Gateway</c> section), the pooled
    /// module HTTP client, the registry (configured modules composed at startup) and the GraphQL endpoint's executor.
    /// The returned builder configures the endpoint as for any GraphQL server (limits, IDE, …).
    /// </summary>
    public static GraphQLServerBuilder AddGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GatewayOptions>(configuration.GetSection("Gateway"));
        services.AddHttpClient(SubgraphClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                EnableMultipleHttp2Connections = true,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(5),

                // Trace context is set by ForwardedHeaders (the caller's trace, the module call's span).
                ActivityHeadersPropagator = DistributedContextPropagator.CreateNoOutputPropagator(),
            })
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)

            // Four Information lines (with scopes) per module call cost more than the call's JSON work under load;
            // module failures are logged by SubgraphClient and every call is traced as a graphql.fetch span.
            .RemoveAllLoggers();
        services.AddSingleton<SubgraphClient>();
        services.AddSingleton<PlanExecutor>();
        services.AddSingleton<SubgraphSubscriber>();
        services.AddSingleton<SubscriptionSlots>();
        services.AddSingleton<GatewaySubscriptions>();
        services.AddSingleton<ModuleSdlLoader>();
        services.AddSingleton<ModuleRegistry>();
        services.AddHostedService<ConfiguredModulesLoader>();
        services.AddHostedService<ModuleSchemaPoller>();
        services.AddHealthChecks().AddCheck<SupergraphHealthCheck>(SupergraphHealthCheck.Name);
        return services.AddGraphQLServer()
            .UseOperationExecutor<GatewayOperationExecutor>()
            .ModifyOptions(options => options.Limits = options.Limits is { } limits ? limits with { MaxCost = DefaultMaxCost } : null);
    }

    /// <summary>The gateway with its settings from the application's configuration.</summary>
    public static GraphQLServerBuilder AddGateway(this IHostApplicationBuilder builder) =>
        builder.Services.AddGateway(builder.Configuration);

    /// <summary>Maps the GraphQL endpoint and the module registration endpoint.</summary>
    public static IEndpointRouteBuilder MapGateway(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapGraphQL(pattern);
        endpoints.MapModuleRegistration();
        return endpoints;
    }
}
