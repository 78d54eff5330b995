using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// References in SDL that the schema model cannot hold (a scalar as the query root, an object in <c>implements</c>,
/// an interface as a union member). graphql-js builds such a schema and reports them in <c>validateSchema</c>;
/// the builder leaves them out of the model and records them here so <see cref="SchemaValidator"/> reports them alike.
/// </summary>
internal sealed class UnrepresentableReferences
{
    public static readonly UnrepresentableReferences None = new();

    public Dictionary<OperationType, (NamedType Type, SyntaxNode? Node)> Roots { get; } = [];

    /// <summary>By implementing type: the names in <c>implements</c> that are not interfaces, in order.</summary>
    public Dictionary<NamedType, List<string>> Interfaces { get; } = [];

    /// <summary>By union: the member names that are not object types, in order.</summary>
    public Dictionary<UnionType, List<string>> UnionMembers { get; } = [];

    public bool IsEmpty => Roots.Count == 0 && Interfaces.Count == 0 && UnionMembers.Count == 0;

    public static void Add<TKey>(Dictionary<TKey, List<string>> map, TKey key, string name)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var names))
        {
            map[key] = names = [];
        }

        names.Add(name);
    }
}
