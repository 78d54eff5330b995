namespace Platform.GraphQL.Types;

public sealed partial class Schema
{
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes;
    private readonly Dictionary<InterfaceType, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations;

    /// <summary>The object types a value of an abstract type may have (a union's members, an interface's implementers).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => GetImplementations(iface).Objects,
        ObjectType obj => [obj],
        _ => [],
    };

    /// <summary>The objects and interfaces that declare they implement <paramref name="interfaceType"/>.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType, out var found) ? (found.Objects, found.Interfaces) : ([], []);

    /// <summary>True when <paramref name="maybeSubType"/> is a possible type or implementing interface of the abstract type.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var subTypes) && subTypes.Contains(maybeSubType);

    /// <summary>True when two composite types could both describe one object (graphql-js <c>doTypesOverlap</c>).</summary>
    public bool DoTypesOverlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is IAbstractType)
        {
            return b is IAbstractType
                ? GetPossibleTypes(a).Any(t => IsSubType(b, t))
                : IsSubType(a, b);
        }

        return b is IAbstractType && IsSubType(b, a);
    }
}
