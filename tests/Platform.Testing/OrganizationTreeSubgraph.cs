using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Testing;

/// <summary>
/// A subgraph shaped like the Organization module's tree part (OrgUnit keyed by id, with <c>ancestors</c>), served by our
/// SDL-first server on 127.0.0.1 over a fixed tree given as child → parent; it counts the GraphQL requests it answers.
/// </summary>
public sealed class OrganizationTreeSubgraph : IAsyncDisposable
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { unit(id: ID!): OrgUnit }
        type OrgUnit @key(fields: "id") {
          id: ID!
          ancestors: [OrgUnit!]!
        }
        """;

    private readonly WebApplication _app;
    private int _requests;

    private OrganizationTreeSubgraph(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Starts the subgraph over <paramref name="parents"/> (unit id → parent id, null for a root).</summary>
    public static async Task<OrganizationTreeSubgraph> StartAsync(IReadOnlyDictionary<string, string?> parents)
    {
        Dictionary<string, object?>? Unit(object? id)
        {
            if (id is not string key || !parents.ContainsKey(key))
            {
                return null;
            }

            var ancestors = new List<object?>();
            for (var parent = parents[key]; parent is not null; parent = parents[parent])
            {
                ancestors.Insert(0, new Dictionary<string, object?> { ["id"] = parent, ["ancestors"] = Array.Empty<object>() });
            }

            return new Dictionary<string, object?> { ["id"] = key, ["ancestors"] = ancestors };
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
        var subgraph = new OrganizationTreeSubgraph(app);
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref subgraph._requests);
            await next(context);
        });
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = KestrelAddress.Of(app);
        subgraph.Url = address + "/graphql";
        return subgraph;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
