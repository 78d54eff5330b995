using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Platform.GraphQL.AspNetCore;
using Platform.GraphQL.AspNetCore.Execution;
using Platform.GraphQL.AspNetCore.Http;
using Platform.GraphQL.AspNetCore.Registration;
using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Types;

namespace Microsoft.Extensions.DependencyInjection;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL server: the schema (a singleton, built and validated once) and what
    /// <c>MapGraphQL</c> needs. Calling it again returns a builder over the same schema.
    /// </summary>
    public static GraphQLServerBuilder AddGraphQLServer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(SchemaDefinition))?.ImplementationInstance;
        if (existing is SchemaDefinition known)
        {
            return new GraphQLServerBuilder(services, known);
        }

        var definition = new SchemaDefinition();
        services.AddSingleton(definition);
        services.AddOptions<GraphQLServerOptions>();
        services.TryAddSingleton(provider => SchemaFactory.Create(
            provider.GetRequiredService<SchemaDefinition>(),
            provider.GetService<IServiceProviderIsService>() is { } container ? container.IsService : null));
        services.TryAddSingleton<IGraphQLOperationExecutor>(provider => new SchemaOperationExecutor(provider.GetRequiredService<Schema>()));
        services.TryAddSingleton(provider => new GraphQLRequestExecutor(
            provider.GetRequiredService<IGraphQLOperationExecutor>(),
            provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value,
            provider.GetService<IHostEnvironment>()?.IsDevelopment() ?? false));
        services.TryAddSingleton<GraphQLHttpHandler>();

        // One scope per request, shared by the executor and the DataLoaders resolved from the request's services.
        services.TryAddScoped<DataLoaderScope>();
        return new GraphQLServerBuilder(services, definition);
    }
}
