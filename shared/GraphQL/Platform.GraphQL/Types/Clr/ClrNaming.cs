using System.ComponentModel;
using System.Reflection;
using System.Text;

namespace Platform.GraphQL.Types.Clr;

/// <summary>GraphQL names, descriptions and deprecations of C# types and members.</summary>
internal static class ClrNaming
{
    public static string TypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        name = tick < 0 ? name : name[..tick];

        // The .NET interface prefix is no part of the GraphQL name: INode → Node.
        if (type.IsInterface && name.Length > 2 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        // Connection<OrgUnit> → OrgUnitConnection: one GraphQL type per closed generic type.
        return string.Concat(type.GenericTypeArguments.Select(TypeName)) + name;
    }

    public static string InputTypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = TypeName(type);
        return name.EndsWith("Input", StringComparison.Ordinal) ? name : name + "Input";
    }

    /// <summary>PascalCase to camelCase; methods lose a <c>Get</c> prefix and an <c>Async</c> suffix.</summary>
    public static string FieldName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }

            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }
        }

        return CamelCase(name);
    }

    public static string ArgumentName(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name ?? "arg" + parameter.Position);

    /// <summary><c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPStatus</c> → <c>HTTP_STATUS</c>.</summary>
    public static string EnumValueName(FieldInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var wordStart = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (wordStart && name[i - 1] != '_')
            {
                result.Append('_');
            }

            result.Append(char.ToUpperInvariant(c));
        }

        return result.ToString();
    }

    /// <summary><c>Name</c> → <c>name</c>, <c>URLPath</c> → <c>urlPath</c>, <c>ID</c> → <c>id</c>.</summary>
    public static string CamelCase(string name)
    {
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        if (upper == 0)
        {
            return name;
        }

        // In "URLPath" the last capital starts the next word; in "ID" every capital belongs to the first one.
        var lower = upper > 1 && upper < name.Length && char.IsLower(name[upper]) ? upper - 1 : upper;
        return name[..lower].ToLowerInvariant() + name[lower..];
    }

    public static string? Description(ICustomAttributeProvider member) =>
        Attribute<GraphQLDescriptionAttribute>(member)?.Description ?? Attribute<DescriptionAttribute>(member)?.Description;

    public static string? DeprecationReason(ICustomAttributeProvider member)
    {
        if (Attribute<GraphQLDeprecatedAttribute>(member) is { } deprecated)
        {
            return deprecated.Reason;
        }

        return Attribute<ObsoleteAttribute>(member) is { } obsolete ? obsolete.Message ?? "No longer supported." : null;
    }

    public static bool IsIgnored(ICustomAttributeProvider member) => Attribute<GraphQLIgnoreAttribute>(member) is not null;

    public static T? Attribute<T>(ICustomAttributeProvider member)
        where T : Attribute =>
        member.GetCustomAttributes(typeof(T), inherit: true) is [T first, ..] ? first : null;

    /// <summary>How an error message names a C# type: <c>My.Unit</c>, <c>System.Collections.Generic.Dictionary&lt;System.String, System.Int32&gt;</c>.</summary>
    public static string Describe(Type type)
    {
        var name = (type.IsGenericType ? type.GetGenericTypeDefinition().FullName : type.FullName) ?? type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        name = (tick < 0 ? name : name[..tick]).Replace('+', '.');
        return type.IsGenericType ? $"{name}<{string.Join(", ", type.GenericTypeArguments.Select(Describe))}>" : name;
    }

    /// <summary>How an error message names a member: <c>Query.GetThing</c>.</summary>
    public static string Describe(MemberInfo member) => $"{member.DeclaringType?.Name}.{member.Name}";
}
