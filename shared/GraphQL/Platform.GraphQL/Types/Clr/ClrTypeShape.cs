using System.Collections;
using System.Reflection;

namespace Platform.GraphQL.Types.Clr;

/// <summary>
/// Reads the shape of a C# type for GraphQL: awaitable wrappers, lists and their elements, and nullability
/// (with the element's annotations carried along through <see cref="NullabilityInfo"/>).
/// </summary>
internal readonly record struct ClrTypeShape(Type Type, NullabilityInfo? Nullability)
{
    private static readonly HashSet<Type> ListDefinitions =
    [
        typeof(IEnumerable<>), typeof(IList<>), typeof(ICollection<>), typeof(IReadOnlyList<>),
        typeof(IReadOnlyCollection<>), typeof(List<>), typeof(HashSet<>), typeof(ISet<>), typeof(IReadOnlySet<>),
        typeof(IAsyncEnumerable<>), typeof(IQueryable<>), typeof(IOrderedQueryable<>), typeof(IOrderedEnumerable<>),
        typeof(System.Collections.Immutable.ImmutableArray<>), typeof(System.Collections.Immutable.ImmutableList<>),
        typeof(System.Collections.Immutable.IImmutableList<>), typeof(Queue<>), typeof(Stack<>), typeof(LinkedList<>),
    ];

    /// <summary>
    /// True when a reference type is annotated nullable or a value type is <see cref="Nullable{T}"/>. A generic
    /// parameter's place (the <c>T</c> of <c>Connection&lt;T&gt;.Nodes</c>) counts as not null: its annotation is at
    /// the use site, which reflection does not keep.
    /// </summary>
    public bool IsNullable =>
        Nullable.GetUnderlyingType(Type) is not null
        || (!Type.IsValueType && Nullability is { } info && !info.Type.IsGenericParameter
            && (info.ReadState == NullabilityState.Nullable || (info.ReadState == NullabilityState.Unknown && info.WriteState == NullabilityState.Nullable)));

    /// <summary>The type without a <see cref="Nullable{T}"/> wrapper.</summary>
    public ClrTypeShape WithoutNullable =>
        Nullable.GetUnderlyingType(Type) is { } underlying ? new ClrTypeShape(underlying, Nullability) : this;

    /// <summary><c>Task&lt;T&gt;</c> and <c>ValueTask&lt;T&gt;</c> → T; anything else unchanged.</summary>
    public ClrTypeShape WithoutAwaitable
    {
        get
        {
            if (Type.IsGenericType && Type.GetGenericTypeDefinition() is var definition
                && (definition == typeof(Task<>) || definition == typeof(ValueTask<>)))
            {
                return new ClrTypeShape(Type.GenericTypeArguments[0], GenericArgument(0));
            }

            return this;
        }
    }

    public bool IsAsyncEnumerable => Type.IsGenericType && Type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>);

    public bool IsVoidLike => Type == typeof(void) || Type == typeof(Task) || Type == typeof(ValueTask);

    /// <summary>The element of an array, a generic collection or an async stream; null for anything else (strings too).</summary>
    public ClrTypeShape? Element
    {
        get
        {
            if (Type == typeof(string))
            {
                return null;
            }

            if (Type.IsArray)
            {
                return new ClrTypeShape(Type.GetElementType()!, Nullability?.ElementType);
            }

            if (Type.IsGenericType && ListDefinitions.Contains(Type.GetGenericTypeDefinition()))
            {
                return new ClrTypeShape(Type.GenericTypeArguments[0], GenericArgument(0));
            }

            if (typeof(IDictionary).IsAssignableFrom(Type))
            {
                return null;
            }

            foreach (var implemented in Type.GetInterfaces())
            {
                if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                {
                    var element = implemented.GenericTypeArguments[0];
                    return element.IsGenericType && element.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)
                        ? null
                        : new ClrTypeShape(element, null);
                }
            }

            return null;
        }
    }

    private NullabilityInfo? GenericArgument(int index) =>
        Nullability is { GenericTypeArguments.Length: > 0 } info && index < info.GenericTypeArguments.Length
            ? info.GenericTypeArguments[index]
            : null;
}
