using System.Reflection;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Types.Clr;

namespace Platform.GraphQL;

/// <summary>
/// Builds a <see cref="Schema"/> from C# types (implementation-first) or from SDL whose fields C# classes resolve
/// (SDL-first). Types, fields and resolver bindings are worked out once, in <see cref="Build"/>; a schema error throws
/// <see cref="SchemaException"/> naming the C# member at fault.
/// </summary>
/// <example>
/// <code>
/// var schema = new ClrSchemaBuilder()
///     .AddQueryType&lt;Query&gt;()
///     .AddMutationType&lt;Mutation&gt;()
///     .AddTypeExtension&lt;VolunteerQueries&gt;()   // [ExtendObjectType("Query")]
///     .UseServiceCheck(isService.IsService)         // e.g. IServiceProviderIsService from the host
///     .Build();
/// </code>
/// </example>
public sealed class ClrSchemaBuilder
{
    private readonly List<Type> _types = [];
    private readonly List<Type> _extensions = [];
    private readonly List<string> _documents = [];
    private readonly List<Type> _resolvers = [];
    private Type? _query;
    private Type? _mutation;
    private Type? _subscription;
    private readonly ClrBindingOptions _binding = new();

    public ClrSchemaBuilder AddQueryType(Type type) => Set(ref _query, type);

    public ClrSchemaBuilder AddQueryType<T>() => AddQueryType(typeof(T));

    public ClrSchemaBuilder AddMutationType(Type type) => Set(ref _mutation, type);

    public ClrSchemaBuilder AddMutationType<T>() => AddMutationType(typeof(T));

    public ClrSchemaBuilder AddSubscriptionType(Type type) => Set(ref _subscription, type);

    public ClrSchemaBuilder AddSubscriptionType<T>() => AddSubscriptionType(typeof(T));

    /// <summary>Adds a type no field reaches (an interface's implementation in another assembly, say).</summary>
    public ClrSchemaBuilder AddType(Type type)
    {
        _types.Add(type);
        return this;
    }

    public ClrSchemaBuilder AddType<T>() => AddType(typeof(T));

    /// <summary>A class marked <see cref="ExtendObjectTypeAttribute"/>: its members become fields of the extended type.</summary>
    public ClrSchemaBuilder AddTypeExtension(Type type)
    {
        if (!type.IsDefined(typeof(ExtendObjectTypeAttribute), inherit: false))
        {
            throw new ArgumentException($"{ClrNaming.Describe(type)} has no [ExtendObjectType] attribute.", nameof(type));
        }

        _extensions.Add(type);
        return this;
    }

    public ClrSchemaBuilder AddTypeExtension<T>() => AddTypeExtension(typeof(T));

    /// <summary>SDL-first: the schema's types come from SDL (several documents are concatenated).</summary>
    public ClrSchemaBuilder AddDocument(string sdl)
    {
        _documents.Add(sdl);
        return this;
    }

    /// <summary>
    /// SDL-first: the class's public members resolve the fields of the SDL object type named by its
    /// <see cref="GraphQLTypeAttribute"/> (or <see cref="GraphQLNameAttribute"/>, or its class name).
    /// </summary>
    public ClrSchemaBuilder BindResolvers(Type type)
    {
        _resolvers.Add(type);
        return this;
    }

    public ClrSchemaBuilder BindResolvers<T>() => BindResolvers(typeof(T));

    /// <summary>
    /// Tells which parameter types are registered services (a host passes its container's check). Without it,
    /// interface and abstract parameter types and parameters marked <see cref="ServiceAttribute"/> are services.
    /// </summary>
    public ClrSchemaBuilder UseServiceCheck(Func<Type, bool> isService)
    {
        _binding.IsService = isService;
        return this;
    }

    /// <summary>
    /// A binding of the host's own: for a parameter it claims it returns the reader of its value (a DataLoader of the
    /// request, say); null leaves the parameter to the built-in kinds. Bindings are asked in the order added.
    /// </summary>
    public ClrSchemaBuilder AddParameterBinding(Func<ParameterInfo, Func<IResolveFieldContext, object?>?> binding)
    {
        _binding.CustomBindings.Add(binding);
        return this;
    }

    /// <summary>Leaves the public members <paramref name="ignore"/> picks out of the schema (methods a host calls itself, say).</summary>
    public ClrSchemaBuilder IgnoreMembers(Func<MemberInfo, bool> ignore)
    {
        _binding.IgnoredMembers.Add(ignore);
        return this;
    }

    /// <exception cref="SchemaException">The types do not make a valid schema; the message names the C# member.</exception>
    public Schema Build()
    {
        var schema = _documents.Count > 0 ? BuildFromSdl() : BuildFromTypes();
        var errors = SchemaValidator.Validate(schema);
        return errors.Count > 0 ? throw new SchemaException(errors) : schema;
    }

    private Schema BuildFromTypes()
    {
        if (_resolvers.Count > 0)
        {
            throw new SchemaException("BindResolvers binds to SDL types, but no SDL was added with AddDocument.");
        }

        var registry = new ClrTypeRegistry(_binding);
        _extensions.ForEach(registry.AddExtension);
        var query = Root(registry, _query, OperationType.Query);
        var mutation = Root(registry, _mutation, OperationType.Mutation);
        var subscription = Root(registry, _subscription, OperationType.Subscription);
        foreach (var type in _types)
        {
            registry.AddType(type);
        }

        registry.Complete();
        return new Schema(new SchemaOptions { Query = query, Mutation = mutation, Subscription = subscription, Types = registry.Types });
    }

    private static ObjectType? Root(ClrTypeRegistry registry, Type? type, OperationType operation) =>
        type is not null || registry.IsExtended(operation.ToString()) ? registry.AddRoot(type, operation) : null;

    private Schema BuildFromSdl()
    {
        if (_query is not null || _mutation is not null || _subscription is not null || _types.Count > 0 || _extensions.Count > 0)
        {
            throw new SchemaException("A schema comes either from SDL (AddDocument, BindResolvers) or from C# types (AddQueryType, AddType, AddTypeExtension), not both.");
        }

        var schema = SchemaBuilder.Build(string.Join("\n", _documents));
        var binder = new ClrSdlBinder(schema, _binding);
        _resolvers.ForEach(binder.Bind);
        return schema;
    }

    private ClrSchemaBuilder Set(ref Type? slot, Type type)
    {
        slot = type;
        return this;
    }
}
