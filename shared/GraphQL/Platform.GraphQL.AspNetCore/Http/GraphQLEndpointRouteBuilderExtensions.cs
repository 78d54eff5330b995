using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.AspNetCore.Http;

namespace Microsoft.AspNetCore.Builder;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL-over-HTTP endpoint (POST and GET, JSON or Server-Sent Events) at <paramref name="pattern"/>.
    /// Builds and validates the schema now, so a schema error stops the app before it serves anything.
    /// The returned builder takes the usual conventions (<c>RequireAuthorization</c>, <c>RequireCors</c>, …).
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var handler = endpoints.ServiceProvider.GetService<GraphQLHttpHandler>()
            ?? throw new InvalidOperationException("MapGraphQL needs builder.Services.AddGraphQLServer() first.");
        return endpoints.Map(pattern, handler.HandleAsync).WithDisplayName("GraphQL " + pattern);
    }
}
