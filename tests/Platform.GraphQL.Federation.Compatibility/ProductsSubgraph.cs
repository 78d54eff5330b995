using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.GraphQL.Federation.Compatibility;

/// <summary>
/// The "products" subgraph the compatibility suite expects (its <c>products.graphql</c> and data set), built from C#
/// types: entities, keys and the other federation directives are attributes, reference resolvers are
/// <c>ResolveReference</c> methods. Serves GraphQL at <c>/</c>, where the suite's router and tests look for it.
/// </summary>
public static class ProductsSubgraph
{
    public const string CustomDirectiveSpec = "https://myspecs.dev/myCustomDirective/v1.0";

    public static WebApplication Create(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer()
            .AddQueryType<Query>()
            .AddType<ProductResearch>()
            .AddType<Inventory>()
            .AddFederation()
            .AddComposedDirective(CustomDirectiveSpec, "directive @custom on OBJECT");
        var app = builder.Build();
        app.MapGraphQL("/");
        return app;
    }
}
