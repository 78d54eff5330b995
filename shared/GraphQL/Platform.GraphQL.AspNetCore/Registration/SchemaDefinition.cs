using Platform.GraphQL.Types;

namespace Platform.GraphQL.AspNetCore.Registration;

/// <summary>
/// Everything registered on a <see cref="Microsoft.Extensions.DependencyInjection.GraphQLServerBuilder"/>, kept until
/// the schema is built once at startup by <see cref="SchemaFactory"/>.
/// </summary>
internal sealed class SchemaDefinition
{
    public List<string> Documents { get; } = [];

    public List<ResolverBinding> Resolvers { get; } = [];

    public List<Action<Schema>> SchemaConfigurations { get; } = [];

    public List<ClrRegistration> ClrTypes { get; } = [];

    /// <summary>Checks for public members of C# types that are no fields (see <c>ClrSchemaBuilder.IgnoreMembers</c>).</summary>
    public List<Func<System.Reflection.MemberInfo, bool>> IgnoredClrMembers { get; } = [];

    /// <summary>Documents derived from the registered ones (federation's entity union, say), added before building.</summary>
    public List<Func<IReadOnlyList<string>, IEnumerable<string>>> DerivedDocuments { get; } = [];

    /// <summary>
    /// Schemas derived from a schema built with C# types or resolver classes (federation adds its types and Query fields to
    /// a C#-typed schema this way, which documents cannot extend); each is given the built schema and the container's
    /// service check.
    /// </summary>
    public List<Func<Schema, Func<Type, bool>?, Schema>> DerivedClrSchemas { get; } = [];
}

/// <summary>A resolver (or subscriber) for one field of an SDL-declared type.</summary>
internal sealed record ResolverBinding(string TypeName, string FieldName, FieldResolver? Resolver, SubscriptionResolver? Subscriber);

internal enum ClrRegistrationKind
{
    Query,
    Mutation,
    Subscription,
    Type,
    TypeExtension,
    Resolvers,
}

/// <summary>A C# type handed to the engine's implementation-first schema builder.</summary>
internal sealed record ClrRegistration(ClrRegistrationKind Kind, Type Type);
