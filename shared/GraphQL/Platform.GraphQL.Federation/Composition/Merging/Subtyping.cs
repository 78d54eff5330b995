using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Merging;

/// <summary>Subtype relations of the merged schema: an object or interface implementing an interface, a union member.</summary>
internal static class Subtyping
{
    public static bool IsSubtype(MergedSchema merged, string sub, string super)
    {
        if (!merged.Types.TryGetValue(super, out var superType) || !merged.Types.TryGetValue(sub, out var subType))
        {
            return false;
        }

        return superType.Kind switch
        {
            TypeKind.Union => superType.Members.Contains(sub),
            TypeKind.Interface => Implements(merged, subType, super, []),
            _ => false,
        };
    }

    private static bool Implements(MergedSchema merged, MergedType type, string interfaceName, HashSet<string> seen)
    {
        if (!seen.Add(type.Name))
        {
            return false;
        }

        return type.Interfaces.Any(name =>
            name == interfaceName || (merged.Types.TryGetValue(name, out var parent) && Implements(merged, parent, interfaceName, seen)));
    }

    /// <summary>Object types of the merged schema that implement the interface, directly or through another interface.</summary>
    public static IEnumerable<MergedType> Implementations(MergedSchema merged, string interfaceName) =>
        merged.Types.Values.Where(t => t.Kind == TypeKind.Object && Implements(merged, t, interfaceName, []));
}
