using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.GraphQL.AspNetCore.Registration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Implementation-first registration: C# types become the schema through the engine's ClrSchemaBuilder.</summary>
public sealed partial class GraphQLServerBuilder
{
    public GraphQLServerBuilder AddQueryType<T>() => AddQueryType(typeof(T));

    public GraphQLServerBuilder AddQueryType(Type type) => AddClr(ClrRegistrationKind.Query, type);

    public GraphQLServerBuilder AddMutationType<T>() => AddMutationType(typeof(T));

    public GraphQLServerBuilder AddMutationType(Type type) => AddClr(ClrRegistrationKind.Mutation, type);

    public GraphQLServerBuilder AddSubscriptionType<T>() => AddSubscriptionType(typeof(T));

    public GraphQLServerBuilder AddSubscriptionType(Type type) => AddClr(ClrRegistrationKind.Subscription, type);

    /// <summary>Adds a type no field reaches (an interface's implementation, say).</summary>
    public GraphQLServerBuilder AddType<T>() => AddType(typeof(T));

    public GraphQLServerBuilder AddType(Type type) => AddClr(ClrRegistrationKind.Type, type);

    /// <summary>A class marked <c>[ExtendObjectType]</c>: its members become fields of the extended type.</summary>
    public GraphQLServerBuilder AddTypeExtension<T>() => AddTypeExtension(typeof(T));

    public GraphQLServerBuilder AddTypeExtension(Type type) => AddClr(ClrRegistrationKind.TypeExtension, type);

    /// <summary>SDL-first with C# resolvers: the class's public members resolve the fields of the SDL type it names.</summary>
    public GraphQLServerBuilder BindResolvers<T>() => BindResolvers(typeof(T));

    public GraphQLServerBuilder BindResolvers(Type type) => AddClr(ClrRegistrationKind.Resolvers, type);

    /// <summary>
    /// Registers a DataLoader as a scoped service: one instance per request, sharing the request's
    /// <c>DataLoaderScope</c>, so resolvers (<c>context.DataLoader&lt;T&gt;()</c> or a parameter) batch through it.
    /// </summary>
    public GraphQLServerBuilder AddDataLoader<TLoader>()
        where TLoader : class
    {
        Services.TryAddScoped<TLoader>();
        return this;
    }

    private GraphQLServerBuilder AddClr(ClrRegistrationKind kind, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _definition.ClrTypes.Add(new ClrRegistration(kind, type));
        return this;
    }
}
