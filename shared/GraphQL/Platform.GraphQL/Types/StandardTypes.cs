namespace Platform.GraphQL.Types;

/// <summary>The built-in scalars and the introspection types: every schema shares these instances.</summary>
internal static class StandardTypes
{
    private static readonly Lazy<Dictionary<string, NamedType>> ByName = new(Collect);

    public static NamedType? Find(string name) => ByName.Value.GetValueOrDefault(name);

    public static bool IsStandard(NamedType type) => Find(type.Name) is { } standard && ReferenceEquals(standard, type);

    private static Dictionary<string, NamedType> Collect()
    {
        var map = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var scalar in BuiltInScalars.All)
        {
            map[scalar.Name] = scalar;
        }

        var pending = new Stack<NamedType>();
        pending.Push(IntrospectionTypes.Schema);
        while (pending.TryPop(out var type))
        {
            if (!type.IsIntrospectionType || !map.TryAdd(type.Name, type))
            {
                continue;
            }

            if (type is IComplexOutputType complex)
            {
                foreach (var field in complex.Fields.Values)
                {
                    pending.Push(field.Type.NamedType);
                    foreach (var argument in field.Arguments.Values)
                    {
                        pending.Push(argument.Type.NamedType);
                    }
                }
            }
        }

        return map;
    }
}
