using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace Platform.GraphQL.Types.Clr;

/// <summary>
/// Turns coerced GraphQL input values (scalars, enum values, lists, string-keyed maps) into values of a C# type.
/// A converter is built once per parameter or input field; the per-call work is casting and construction only.
/// </summary>
internal static class ClrValueConverter
{
    public static Func<object?, object?> For(Type target)
    {
        if (Nullable.GetUnderlyingType(target) is { } underlying)
        {
            var inner = For(underlying);
            return value => value is null ? null : inner(value);
        }

        if (target == typeof(object) || target == typeof(string))
        {
            return static value => value;
        }

        if (target.IsEnum)
        {
            return value => value switch
            {
                null => null,
                Enum e when e.GetType() == target => e,
                string name => ParseEnum(target, name),
                _ => Enum.ToObject(target, value),
            };
        }

        if (target == typeof(Guid))
        {
            return static value => value switch
            {
                Guid g => g,
                string s => Guid.TryParse(s, out var parsed) ? parsed : throw new GraphQLError($"The ID \"{s}\" is not a GUID."),
                _ => value,
            };
        }

        if (target == typeof(DateTime))
        {
            return static value => value is DateTimeOffset offset ? offset.UtcDateTime : value;
        }

        if (target.IsPrimitive || target == typeof(decimal))
        {
            return value => value is null || value.GetType() == target ? value : Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        if (new ClrTypeShape(target, null).Element is { } element)
        {
            return ForList(target, element.Type);
        }

        if (!target.IsInterface && !target.IsAbstract && target.IsClass || target.IsValueType)
        {
            var build = ClrInputObjectFactory.For(target);
            return value => value is IReadOnlyDictionary<string, object?> map ? build(map) : value;
        }

        return static value => value;
    }

    private static Func<object?, object?> ForList(Type target, Type elementType)
    {
        var convertItem = For(elementType);
        var listType = typeof(List<>).MakeGenericType(elementType);
        var useArray = target.IsArray;
        var createList = Expression.Lambda<Func<IList>>(Expression.New(listType)).Compile();
        return value =>
        {
            if (value is null)
            {
                return null;
            }

            var list = createList();
            if (value is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    list.Add(convertItem(item));
                }
            }
            else
            {
                list.Add(convertItem(value));
            }

            if (!useArray)
            {
                return list;
            }

            var array = Array.CreateInstance(elementType, list.Count);
            list.CopyTo(array, 0);
            return array;
        };
    }

    private static object ParseEnum(Type enumType, string graphQLName)
    {
        foreach (var member in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (ClrNaming.EnumValueName(member) == graphQLName || member.Name == graphQLName)
            {
                return member.GetValue(null)!;
            }
        }

        throw new GraphQLError($"\"{graphQLName}\" is not a value of {enumType.Name}.");
    }
}
