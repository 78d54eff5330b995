using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Reads a field's value from a CLR object: the public instance property or field of the field's name, or of its
/// PascalCase form (<c>firstName</c> → <c>FirstName</c>). Compiled once per (type, name).
/// </summary>
internal sealed class PropertyAccessor
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), PropertyAccessor> Cache = new();

    private PropertyAccessor(Type type, Func<object, object?>? read)
    {
        Type = type;
        Read = read;
    }

    public Type Type { get; }

    /// <summary>Null when the type has no such member (the value is then null, as an absent JS property is).</summary>
    public Func<object, object?>? Read { get; }

    public static PropertyAccessor For(Type type, string name) => Cache.GetOrAdd((type, name), static key => Create(key.Type, key.Name));

    private static PropertyAccessor Create(Type type, string name)
    {
        var member = FindMember(type, name);
        if (member is null && name.Length > 0 && char.IsLower(name[0]))
        {
            member = FindMember(type, char.ToUpperInvariant(name[0]) + name[1..]);
        }

        if (member is null)
        {
            return new PropertyAccessor(type, null);
        }

        var source = Expression.Parameter(typeof(object), "source");
        var typed = Expression.Convert(source, type);
        Expression access = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);
        var body = Expression.Convert(access, typeof(object));
        return new PropertyAccessor(type, Expression.Lambda<Func<object, object?>>(body, source).Compile());
    }

    private static MemberInfo? FindMember(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var property = type.GetProperty(name, flags);
        if (property is not null && property.CanRead && property.GetIndexParameters().Length == 0 && property.GetMethod!.IsPublic)
        {
            return property;
        }

        return type.GetField(name, flags);
    }
}
