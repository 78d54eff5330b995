namespace Platform.GraphQL.Types;

/// <summary>Gathers a schema's named types in the order graphql-js's <c>GraphQLSchema</c> constructor does.</summary>
internal static class TypeCollector
{
    public static OrderedDictionary<string, NamedType> Collect(Schema schema, IReadOnlyList<NamedType> extraTypes)
    {
        var set = new OrderedDictionary<NamedType, bool>();
        foreach (var type in extraTypes)
        {
            set.TryAdd(type, true);
        }

        foreach (var type in extraTypes)
        {
            set.Remove(type);
            Add(type, set);
        }

        foreach (var root in new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType })
        {
            if (root is not null)
            {
                Add(root, set);
            }
        }

        foreach (var directive in schema.Directives)
        {
            foreach (var argument in directive.Arguments.Values)
            {
                Add(argument.Type, set);
            }
        }

        Add(IntrospectionTypes.Schema, set);

        var map = new OrderedDictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var type in set.Keys)
        {
            if (!map.TryAdd(type.Name, type))
            {
                throw new InvalidOperationException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }
        }

        return map;
    }

    public static (Dictionary<NamedType, HashSet<NamedType>> SubTypes,
        Dictionary<InterfaceType, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> Implementations)
        IndexAbstractTypes(IEnumerable<NamedType> types)
    {
        var implementations = new Dictionary<InterfaceType, (List<ObjectType> Objects, List<InterfaceType> Interfaces)>();
        var subTypes = new Dictionary<NamedType, HashSet<NamedType>>();
        foreach (var type in types)
        {
            if (type is InterfaceType iface)
            {
                Implementations(iface);
            }

            if (type is IComplexOutputType complex)
            {
                foreach (var implemented in complex.Interfaces)
                {
                    var entry = Implementations(implemented);
                    if (type is ObjectType obj)
                    {
                        entry.Objects.Add(obj);
                    }
                    else
                    {
                        entry.Interfaces.Add((InterfaceType)type);
                    }

                    SubTypesOf(implemented).Add(type);
                }
            }

            if (type is UnionType union)
            {
                SubTypesOf(union).UnionWith(union.Types);
            }
        }

        return (subTypes, implementations);

        (List<ObjectType> Objects, List<InterfaceType> Interfaces) Implementations(InterfaceType iface)
        {
            if (!implementations.TryGetValue(iface, out var entry))
            {
                entry = ([], []);
                implementations[iface] = entry;
            }

            return entry;
        }

        HashSet<NamedType> SubTypesOf(NamedType abstractType)
        {
            if (!subTypes.TryGetValue(abstractType, out var set))
            {
                set = [];
                subTypes[abstractType] = set;
            }

            return set;
        }
    }

    // Depth-first pre-order like graphql-js's collectReferencedTypes, with an explicit stack for very long type chains.
    private static void Add(GraphQLType type, OrderedDictionary<NamedType, bool> set)
    {
        var pending = new Stack<NamedType>();
        var children = new List<NamedType>();
        pending.Push(type.NamedType);
        while (pending.TryPop(out var named))
        {
            if (!set.TryAdd(named, true))
            {
                continue;
            }

            children.Clear();
            AddChildren(named, children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }

    private static void AddChildren(NamedType named, List<NamedType> children)
    {
        switch (named)
        {
            case UnionType union:
                children.AddRange(union.Types);
                break;
            case IComplexOutputType complex:
                children.AddRange(complex.Interfaces);
                foreach (var field in complex.Fields.Values)
                {
                    children.Add(field.Type.NamedType);
                    foreach (var argument in field.Arguments.Values)
                    {
                        children.Add(argument.Type.NamedType);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    children.Add(field.Type.NamedType);
                }

                break;
        }
    }
}
