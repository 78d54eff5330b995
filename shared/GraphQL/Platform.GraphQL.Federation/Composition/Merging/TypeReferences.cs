using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Merging;

/// <summary>Merging the type references two subgraphs give one field, argument or input field.</summary>
internal static class TypeReferences
{
    /// <summary>
    /// An output position: the merged type is nullable wherever one subgraph is, and the most general named type
    /// when one subgraph returns a subtype of another's; null when the two are incompatible.
    /// </summary>
    public static TypeNode? MergeOutput(TypeNode a, TypeNode b, Func<string, string, bool> isSubtype) => (a, b) switch
    {
        (NonNullTypeNode x, NonNullTypeNode y) => MergeOutput(x.Type, y.Type, isSubtype) is { } inner ? new NonNullTypeNode(inner) : null,
        (NonNullTypeNode x, _) => MergeOutput(x.Type, b, isSubtype),
        (_, NonNullTypeNode y) => MergeOutput(a, y.Type, isSubtype),
        (ListTypeNode x, ListTypeNode y) => MergeOutput(x.Type, y.Type, isSubtype) is { } inner ? new ListTypeNode(inner) : null,
        (NamedTypeNode x, NamedTypeNode y) when x.Name.Value == y.Name.Value => x,
        (NamedTypeNode x, NamedTypeNode y) when isSubtype(y.Name.Value, x.Name.Value) => x,
        (NamedTypeNode x, NamedTypeNode y) when isSubtype(x.Name.Value, y.Name.Value) => y,
        _ => null,
    };

    /// <summary>An input position: non-null wherever one subgraph requires it; the named types must be equal.</summary>
    public static TypeNode? MergeInput(TypeNode a, TypeNode b) => (a, b) switch
    {
        (NonNullTypeNode x, NonNullTypeNode y) => MergeInput(x.Type, y.Type) is { } inner ? new NonNullTypeNode(inner) : null,
        (NonNullTypeNode x, _) => MergeInput(x.Type, b) is { } inner ? new NonNullTypeNode(inner) : null,
        (_, NonNullTypeNode y) => MergeInput(a, y.Type) is { } inner ? new NonNullTypeNode(inner) : null,
        (ListTypeNode x, ListTypeNode y) => MergeInput(x.Type, y.Type) is { } inner ? new ListTypeNode(inner) : null,
        (NamedTypeNode x, NamedTypeNode y) when x.Name.Value == y.Name.Value => x,
        _ => null,
    };

    public static string NamedType(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => NamedType(nonNull.Type),
        ListTypeNode list => NamedType(list.Type),
        NamedTypeNode named => named.Name.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Print(TypeNode type) => Printer.Print(type);

    public static bool IsRequired(TypeNode type, ValueNode? defaultValue) => type is NonNullTypeNode && defaultValue is null;
}
