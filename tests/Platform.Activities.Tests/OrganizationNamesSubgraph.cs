using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Testing;

namespace Platform.Activities.Tests;

/// <summary>
/// A subgraph shaped like the Organization module's unit (OrgUnit keyed by id with its name, level and resident
/// population, the fields the Activities module reads or requires), over fixed units, so a gateway composes the
/// Activities module with the unit's owner and resolves <c>organizingUnit { name }</c> across the two.
/// </summary>
public sealed class OrganizationNamesSubgraph : IAsyncDisposable
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { unit(id: ID!): OrgUnit }
        enum OrgLevel { PROVINCE CITY COUNTY TOWNSHIP VILLAGE FAMILY_STATION PRACTICE_BASE }
        type OrgUnit @key(fields: "id") {
          id: ID!
          name: String!
          level: OrgLevel!
          residentPopulation: Int
        }
        """;

    private readonly WebApplication _app;

    private OrganizationNamesSubgraph(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    /// <summary>Starts the subgraph over <paramref name="names"/> (unit id → name; every unit a village station).</summary>
    public static async Task<OrganizationNamesSubgraph> StartAsync(IReadOnlyDictionary<string, string> names)
    {
        Dictionary<string, object?>? Unit(object? id) => id is string key && names.TryGetValue(key, out var name)
            ? new Dictionary<string, object?> { ["id"] = key, ["name"] = name, ["level"] = "VILLAGE", ["residentPopulation"] = 1000 }
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
        return new OrganizationNamesSubgraph(app, KestrelAddress.Of(app) + "/graphql");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
