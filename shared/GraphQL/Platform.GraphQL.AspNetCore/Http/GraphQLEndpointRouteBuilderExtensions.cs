using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.AspNetCore.Execution;
using Platform.GraphQL.AspNetCore.Http;

namespace Microsoft.AspNetCore.Builder;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL-over-HTTP endpoint (POST and GET, JSON or Server-Sent Events) at <paramref name="pattern"/>,
    /// and the GraphiQL IDE's files under <c>{pattern}/ide/</c> (see <c>GraphQLServerOptions.EnableIde</c>).
    /// Builds and validates the schema now, so a schema error stops the app before it serves anything.
    /// The returned builder takes the usual conventions (<c>RequireAuthorization</c>, <c>RequireCors</c>, …) and
    /// applies them to both.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var handler = endpoints.ServiceProvider.GetService<GraphQLHttpHandler>()
            ?? throw new InvalidOperationException("MapGraphQL needs builder.Services.AddGraphQLServer() first.");
        var options = endpoints.ServiceProvider.GetRequiredService<GraphQLRequestExecutor>().Options;

        var graphQL = endpoints.Map(pattern, handler.HandleAsync).WithDisplayName("GraphQL " + pattern);
        var assetsPattern = pattern.TrimEnd('/') + "/" + GraphQLIdeAssets.SubPath + "/{file}";
        var ideAssets = endpoints.MapMethods(assetsPattern, [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
            {
                if (!options.EnableIde)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }

                return GraphQLIdeAssets.ServeAsync(context, context.Request.RouteValues["file"] as string);
            })
            .WithDisplayName("GraphQL IDE assets " + pattern);
        return new CompositeEndpointConventionBuilder(graphQL, ideAssets);
    }

    private sealed class CompositeEndpointConventionBuilder(params IEndpointConventionBuilder[] builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
            {
                builder.Add(convention);
            }
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in builders)
            {
                builder.Finally(finallyConvention);
            }
        }
    }
}
