using System.Reflection;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation;

/// <summary>
/// Finds and binds the reference resolvers of entities built from C# types: a public method marked
/// <see cref="ReferenceResolverAttribute"/> or named <c>ResolveReference</c> (static or instance), on the entity's class,
/// on a class that extends its type (<see cref="ExtendObjectTypeAttribute"/>), or on the resolver class bound to its SDL type.
/// </summary>
internal static class ClrReferenceResolvers
{
    private const BindingFlags Methods = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance;

    /// <summary>Reference resolvers are no fields.</summary>
    public static bool IsReferenceResolver(MemberInfo member) =>
        member is MethodInfo method
        && (method.IsDefined(typeof(ReferenceResolverAttribute), inherit: true) || method.Name is "ResolveReference" or "ResolveReferenceAsync");

    /// <exception cref="SchemaException">The type or its extensions have more than one reference resolver.</exception>
    public static MethodInfo? Find(NamedType type, IEnumerable<Type> registeredTypes)
    {
        var owners = registeredTypes.Where(candidate => Extends(candidate, type));
        if (type.ClrType is { } clrType)
        {
            owners = owners.Prepend(clrType);
        }

        var methods = owners.Distinct().SelectMany(owner => owner.GetMethods(Methods)).Where(IsReferenceResolver).ToList();
        return methods.Count switch
        {
            0 => null,
            1 => methods[0],
            _ => throw new SchemaException(
                $"The entity {type.Name} has {methods.Count} reference resolvers ({string.Join(", ", methods.Select(m => m.DeclaringType?.Name + "." + m.Name))}); keep one."),
        };
    }

    public static ReferenceResolver Bind(MethodInfo method, Func<Type, bool>? isService)
    {
        var resolve = ClrMethodResolver.Compile(method, isService);
        return (representation, context) =>
        {
            try
            {
                return resolve(new RepresentationContext(context, representation));
            }
            catch (Exception mismatch) when (mismatch is InvalidCastException or FormatException or OverflowException)
            {
                throw new GraphQLError(
                    $"A representation of {representation["__typename"]} does not fit the parameters of {method.DeclaringType?.Name}.{method.Name}: a key field has the wrong type.",
                    originalError: mismatch);
            }
        };
    }

    private static bool Extends(Type candidate, NamedType type) =>
        candidate.GetCustomAttribute<ExtendObjectTypeAttribute>() is { } extension
            ? extension.Name == type.Name || (extension.Type is not null && extension.Type == type.ClrType)
            : type.ClrType is null && (candidate.GetCustomAttribute<GraphQLTypeAttribute>()?.Name ?? candidate.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? candidate.Name) == type.Name;
}
