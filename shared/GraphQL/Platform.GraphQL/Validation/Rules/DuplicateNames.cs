using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Finds names given more than once in a list, as graphql-js's <c>groupBy</c> then a size check does.</summary>
internal static class DuplicateNames
{
    /// <summary>Each name that occurs more than once, in order of first occurrence, with all the name nodes that give it.</summary>
    public static List<(string Name, List<NameNode> Nodes)> Group<T>(IReadOnlyList<T> items, Func<T, NameNode> nameOf)
    {
        var result = new List<(string Name, List<NameNode> Nodes)>();
        if (items.Count < 2)
        {
            return result;
        }

        var groups = new Dictionary<string, List<NameNode>>(StringComparer.Ordinal);
        var order = new List<List<NameNode>>();
        foreach (var item in items)
        {
            var name = nameOf(item);
            if (!groups.TryGetValue(name.Value, out var group))
            {
                group = [];
                groups[name.Value] = group;
                order.Add(group);
            }

            group.Add(name);
        }

        foreach (var group in order)
        {
            if (group.Count > 1)
            {
                result.Add((group[0].Value, group));
            }
        }

        return result;
    }
}
