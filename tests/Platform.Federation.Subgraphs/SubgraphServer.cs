using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Platform.Federation.Subgraphs;

/// <summary>One subgraph served over Kestrel at <c>http://host:port/graphql</c> (port 0: a free port).</summary>
internal static class SubgraphServer
{
    public static async Task<WebApplication> StartAsync(ISubgraph subgraph, string host, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{host}:{port}");
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(2));
        // A gateway's _entities requests carry one representation per parent object, so the static cost the default
        // operation limits estimate for them grows with the fan-out: the benchmark query alone exceeds it.
        subgraph.Configure(builder.Services.AddGraphQLServer()
            .ModifyOptions(options => options.Limits = null)
            .AddFederation());
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync(cancellationToken);
        return app;
    }

    /// <summary>The subgraph's endpoint as bound (with the actual port when 0 was asked for).</summary>
    public static string GraphQLUrl(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/graphql";
}
