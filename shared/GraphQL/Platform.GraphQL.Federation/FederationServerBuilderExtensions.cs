using Platform.GraphQL.Federation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Apollo Federation v2 subgraph support for an SDL-first <see cref="GraphQLServerBuilder"/>.</summary>
public static class FederationServerBuilderExtensions
{
    /// <summary>
    /// Makes the schema an Apollo Federation v2 subgraph: the SDL may use <c>extend schema @link(…)</c> and the
    /// federation directives (<c>@key</c>, <c>@shareable</c>, …); the schema gets <c>Query._service</c> and, when a
    /// type has a resolvable <c>@key</c>, the <c>_Entity</c> union and <c>Query._entities</c>.
    /// </summary>
    public static GraphQLServerBuilder AddFederation(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (Find(builder) is not null)
        {
            return builder;
        }

        var registration = new FederationRegistration();
        builder.Services.AddSingleton(registration);
        builder.Definition.DerivedDocuments.Add(registration.DeriveDocuments);
        return builder.ConfigureSchema(registration.Configure);
    }

    /// <summary>Binds how <c>_entities</c> loads entities of <paramref name="typeName"/> from their representations.</summary>
    public static GraphQLServerBuilder AddReferenceResolver(this GraphQLServerBuilder builder, string typeName, ReferenceResolver resolver)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        ArgumentNullException.ThrowIfNull(resolver);
        var registration = Find(builder) ?? throw new InvalidOperationException("Call AddFederation() before AddReferenceResolver.");
        registration.ReferenceResolvers[typeName] = resolver;
        return builder;
    }

    private static FederationRegistration? Find(GraphQLServerBuilder builder) =>
        builder.Services.LastOrDefault(service => service.ServiceType == typeof(FederationRegistration))?.ImplementationInstance as FederationRegistration;
}
