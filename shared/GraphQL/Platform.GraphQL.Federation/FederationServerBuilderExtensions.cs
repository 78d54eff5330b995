using Platform.GraphQL.Federation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Apollo Federation v2 subgraph support for a <see cref="GraphQLServerBuilder"/>, SDL-first or C#-typed.</summary>
public static class FederationServerBuilderExtensions
{
    /// <summary>
    /// Makes the schema an Apollo Federation v2 subgraph. SDL-first: the SDL may use <c>extend schema @link(…)</c> and the
    /// federation directives under the names its link gives them. C#-typed: the federation attributes (<see cref="KeyAttribute"/>,
    /// <see cref="ShareableAttribute"/>, …) become directives, and each entity's <c>ResolveReference</c> method its reference
    /// resolver. Either way the schema gets <c>Query._service</c> and, when a type has a resolvable key, the
    /// <c>_Entity</c> union and <c>Query._entities</c>.
    /// </summary>
    public static GraphQLServerBuilder AddFederation(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (Find(builder) is not null)
        {
            return builder;
        }

        var registration = new FederationRegistration();
        var definition = builder.Definition;
        builder.Services.AddSingleton(registration);
        definition.DerivedDocuments.Add(registration.DeriveDocuments);
        definition.IgnoredClrMembers.Add(ClrReferenceResolvers.IsReferenceResolver);
        definition.DerivedClrSchemas.Add((schema, isService) =>
            ClrSubgraphSchema.Derive(schema, registration, [.. definition.ClrTypes.Select(type => type.Type)], isService));
        builder.ModifyOptions(options => options.ExecutionInterceptors.Add(FederatedTracing.InterceptAsync));
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

    /// <summary>
    /// C#-typed subgraphs: a custom directive (applied with a <see cref="Platform.GraphQL.GraphQLDirectiveAttribute"/>) that
    /// the supergraph keeps: its definition goes into the subgraph SDL with <c>@link(url:, import:)</c> and <c>@composeDirective</c>.
    /// SDL-first subgraphs write those in their SDL.
    /// </summary>
    /// <param name="specUrl">The URL of the directive's spec, ending in its version (<c>https://myspecs.dev/myDirective/v1.0</c>).</param>
    /// <param name="definition">The definition, e.g. <c>directive @custom on OBJECT</c>.</param>
    public static GraphQLServerBuilder AddComposedDirective(this GraphQLServerBuilder builder, string specUrl, string definition)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(specUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(definition);
        var registration = Find(builder) ?? throw new InvalidOperationException("Call AddFederation() before AddComposedDirective.");
        registration.ComposedDirectives.Add((specUrl, definition));
        return builder;
    }

    private static FederationRegistration? Find(GraphQLServerBuilder builder) =>
        builder.Services.LastOrDefault(service => service.ServiceType == typeof(FederationRegistration))?.ImplementationInstance as FederationRegistration;
}
