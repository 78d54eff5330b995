using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Platform.GraphQL.Types.Clr;

/// <summary>
/// Builds C# input objects (records, classes, structs) from coerced input object maps: the constructor with the most
/// parameters gets the matching fields, settable properties get the rest. Compiled once per type.
/// </summary>
internal static class ClrInputObjectFactory
{
    private static readonly ConcurrentDictionary<Type, Lazy<Func<IReadOnlyDictionary<string, object?>, object>>> Factories = new();

    public static Func<IReadOnlyDictionary<string, object?>, object> For(Type type)
    {
        // Lazy so that recursive input types (a filter with nested filters) compile their parts on first use.
        var factory = Factories.GetOrAdd(type, static t => new Lazy<Func<IReadOnlyDictionary<string, object?>, object>>(() => Compile(t)));
        return map => factory.Value(map);
    }

    /// <summary>The properties that become input fields, with their GraphQL names.</summary>
    public static IEnumerable<(PropertyInfo Property, string Name)> Fields(Type type)
    {
        var constructorParameters = Constructor(type)?.GetParameters().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || ClrNaming.IsIgnored(property))
            {
                continue;
            }

            if (property.SetMethod is { IsPublic: true } || constructorParameters.Contains(property.Name))
            {
                yield return (property, ClrNaming.FieldName(property));
            }
        }
    }

    public static ConstructorInfo? Constructor(Type type) =>
        type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => !c.GetParameters().Any(p => p.ParameterType == type))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();

    private static Func<IReadOnlyDictionary<string, object?>, object> Compile(Type type)
    {
        var fields = Fields(type).ToList();
        var constructor = Constructor(type);
        var parameters = constructor?.GetParameters() ?? [];
        var argumentSources = new (string? Name, Func<object?, object?> Convert, object? Default, object? NullDefault)[parameters.Length];
        var bound = new HashSet<PropertyInfo>();
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var field = fields.FirstOrDefault(f => string.Equals(f.Property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (field.Property is not null)
            {
                bound.Add(field.Property);
            }

            var fallback = parameter.HasDefaultValue ? parameter.DefaultValue
                : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType) : null;
            var parameterType = parameter.ParameterType;
            var nullFallback = parameterType.IsValueType && Nullable.GetUnderlyingType(parameterType) is null ? fallback : null;
            argumentSources[i] = (field.Name, ClrValueConverter.For(parameterType), fallback, nullFallback);
        }

        var create = ClrInstanceFactory.CompileConstructor(type, constructor);
        var setters = fields.Where(f => !bound.Contains(f.Property) && f.Property.SetMethod is { IsPublic: true })
            .Select(f => (f.Name, Set: CompileSetter(f.Property), Convert: ClrValueConverter.For(f.Property.PropertyType)))
            .ToArray();

        return map =>
        {
            var arguments = new object?[argumentSources.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                var source = argumentSources[i];
                arguments[i] = source.Name is not null && map.TryGetValue(source.Name, out var value)
                    ? source.Convert(value) ?? source.NullDefault
                    : source.Default;
            }

            var instance = create(arguments);
            foreach (var (name, set, convert) in setters)
            {
                if (map.TryGetValue(name, out var value))
                {
                    set(instance, convert(value));
                }
            }

            return instance;
        };
    }

    private static Action<object, object?> CompileSetter(PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        // Unbox (not Convert) so that a struct's property is set on the boxed instance, not on a copy.
        var target = property.DeclaringType!.IsValueType
            ? Expression.Unbox(instance, property.DeclaringType)
            : (Expression)Expression.Convert(instance, property.DeclaringType!);
        var assign = Expression.Assign(
            Expression.Property(target, property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, instance, value).Compile();
    }
}
