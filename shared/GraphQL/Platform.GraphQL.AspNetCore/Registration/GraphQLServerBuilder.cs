using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.GraphQL.AspNetCore;
using Platform.GraphQL.AspNetCore.Registration;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// What <see cref="GraphQLServiceCollectionExtensions.AddGraphQLServer"/> returns: the schema's parts (SDL documents
/// with resolvers, or C# types) and the server's options. The schema is built once, when the app first needs it.
/// </summary>
public sealed partial class GraphQLServerBuilder
{
    private readonly SchemaDefinition _definition;

    internal GraphQLServerBuilder(IServiceCollection services, SchemaDefinition definition)
    {
        Services = services;
        _definition = definition;
    }

    public IServiceCollection Services { get; }

    internal SchemaDefinition Definition => _definition;

    /// <summary>Adds type definitions (and extensions) in the GraphQL schema language.</summary>
    public GraphQLServerBuilder AddDocumentFromString(string sdl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sdl);
        _definition.Documents.Add(sdl);
        return this;
    }

    /// <summary>Binds the resolver of one field of an SDL-declared object type.</summary>
    public GraphQLServerBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _definition.Resolvers.Add(new ResolverBinding(typeName, fieldName, resolver, null));
        return this;
    }

    /// <summary>Binds the event stream of one subscription field; each event is the field's parent value.</summary>
    public GraphQLServerBuilder AddSubscriber(string typeName, string fieldName, SubscriptionResolver subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        _definition.Resolvers.Add(new ResolverBinding(typeName, fieldName, null, subscriber));
        return this;
    }

    /// <summary>Changes the built schema before it is validated (set resolvers, type checks, …).</summary>
    public GraphQLServerBuilder ConfigureSchema(Action<Schema> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _definition.SchemaConfigurations.Add(configure);
        return this;
    }

    /// <summary>Adds a validation rule run after the specified ones on every request (an operation limit, say).</summary>
    public GraphQLServerBuilder AddValidationRule(ValidationRuleFactory rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return ModifyOptions(options => options.ValidationRules.Add(rule));
    }

    /// <summary>
    /// Replaces how queries and mutations are run (the default runs the registered schema through the engine); the
    /// endpoint's HTTP handling, limits, IDE and tracing stay. With a custom executor no schema needs registering and
    /// subscriptions are refused.
    /// </summary>
    public GraphQLServerBuilder UseOperationExecutor<TExecutor>()
        where TExecutor : class, IGraphQLOperationExecutor
    {
        Services.RemoveAll<IGraphQLOperationExecutor>();
        Services.AddSingleton<IGraphQLOperationExecutor, TExecutor>();
        return this;
    }

    public GraphQLServerBuilder ModifyOptions(Action<GraphQLServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }
}
