using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Testing;

/// <summary>A unit of the <see cref="OrganizationStandIn"/>: its parent (null for a root), name, level and residents.</summary>
public sealed record StandInUnit(string? ParentId, string Name = "单位", string Level = "VILLAGE", int? ResidentPopulation = null);

/// <summary>
/// A subgraph shaped like the Organization module's part of the graph that other modules read or require (OrgUnit keyed
/// by id with name, level, residentPopulation and ancestors), served by our SDL-first server on 127.0.0.1 over fixed
/// units; it counts the GraphQL requests it answers. Modules never reference each other, so its SDL is the contract
/// their tests meet the unit's owner on.
/// </summary>
public sealed class OrganizationStandIn : IAsyncDisposable
{
    public const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { unit(id: ID!): OrgUnit }
        enum OrgLevel { PROVINCE CITY COUNTY TOWNSHIP VILLAGE FAMILY_STATION PRACTICE_BASE }
        type OrgUnit @key(fields: "id") {
          id: ID!
          name: String!
          level: OrgLevel!
          residentPopulation: Int
          ancestors: [OrgUnit!]!
        }
        """;

    private readonly WebApplication _app;
    private int _requests;

    private OrganizationStandIn(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Starts over a tree given as unit id → parent id (null for a root); every unit a village of no known population.</summary>
    public static Task<OrganizationStandIn> StartTreeAsync(IReadOnlyDictionary<string, string?> parents) =>
        StartAsync(parents.ToDictionary(pair => pair.Key, pair => new StandInUnit(pair.Value)));

    /// <summary>Starts over root units given as id → name and population.</summary>
    public static Task<OrganizationStandIn> StartAsync(IReadOnlyDictionary<string, (string Name, int? Population)> units) =>
        StartAsync(units.ToDictionary(pair => pair.Key, pair => new StandInUnit(null, pair.Value.Name, ResidentPopulation: pair.Value.Population)));

    /// <summary>Starts over root units given as id → name, each a village of 1,000 residents.</summary>
    public static Task<OrganizationStandIn> StartAsync(IReadOnlyDictionary<string, string> names) =>
        StartAsync(names.ToDictionary(pair => pair.Key, pair => new StandInUnit(null, pair.Value, ResidentPopulation: 1000)));

    public static async Task<OrganizationStandIn> StartAsync(IReadOnlyDictionary<string, StandInUnit> units)
    {
        Dictionary<string, object?>? Unit(object? id)
        {
            if (id is not string key || !units.TryGetValue(key, out var unit))
            {
                return null;
            }

            var ancestors = new List<object?>();
            for (var parent = unit.ParentId; parent is not null && units.TryGetValue(parent, out var above); parent = above.ParentId)
            {
                ancestors.Insert(0, Unit(parent));
            }

            return new Dictionary<string, object?>
            {
                ["id"] = key,
                ["name"] = unit.Name,
                ["level"] = unit.Level,
                ["residentPopulation"] = unit.ResidentPopulation,
                ["ancestors"] = ancestors,
            };
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "unit", context => Unit(context.Arguments["id"]))
            .AddFederation()
            .AddReferenceResolver("OrgUnit", (representation, _) => Unit(representation["id"]));
        var app = builder.Build();
        var subgraph = new OrganizationStandIn(app);
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref subgraph._requests);
            await next(context);
        });
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        subgraph.Url = KestrelAddress.Of(app) + "/graphql";
        return subgraph;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
