using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Testing;

namespace Platform.Volunteers.Tests;

/// <summary>
/// A subgraph shaped like the Organization module's part of the graph (OrgUnit keyed by id, with name and
/// residentPopulation), served by our SDL-first server on 127.0.0.1, over a fixed set of units. The real module lives
/// on its own branch and no module references another; its SDL here is the contract the two meet on.
/// </summary>
internal sealed class OrganizationStandIn : IAsyncDisposable
{
    public const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { unit(id: ID!): OrgUnit }
        type OrgUnit @key(fields: "id") {
          id: ID!
          name: String!
          residentPopulation: Int
        }
        """;

    private readonly WebApplication _app;

    private OrganizationStandIn(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public static async Task<OrganizationStandIn> StartAsync(IReadOnlyDictionary<string, (string Name, int? Population)> units)
    {
        Dictionary<string, object?>? Unit(object? id) => id is string key && units.TryGetValue(key, out var unit)
            ? new Dictionary<string, object?> { ["id"] = key, ["name"] = unit.Name, ["residentPopulation"] = unit.Population }
            : null;

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "unit", context => Unit(context.Arguments["id"]))
            .AddFederation()
            .AddReferenceResolver("OrgUnit", (representation, _) => Unit(representation["id"]));
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = KestrelAddress.Of(app);
        return new OrganizationStandIn(app, address + "/graphql");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
