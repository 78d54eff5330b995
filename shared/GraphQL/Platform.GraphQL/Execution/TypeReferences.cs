using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>graphql-js <c>typeFromAST</c>: the schema type a type reference names, or null when it names none.</summary>
internal static class TypeReferences
{
    public static GraphQLType? FromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => FromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => FromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>The type reference as written, e.g. <c>[Int!]</c> (graphql-js <c>print</c> of a type node).</summary>
    public static string Print(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        _ => "",
    };

    public static string PrintPath(IReadOnlyList<object> path)
    {
        if (path.Count == 0)
        {
            return "";
        }

        var builder = new System.Text.StringBuilder(" at ");
        foreach (var key in path)
        {
            _ = key is int index ? builder.Append('[').Append(index).Append(']') : builder.Append('.').Append(key);
        }

        return builder.ToString();
    }
}
