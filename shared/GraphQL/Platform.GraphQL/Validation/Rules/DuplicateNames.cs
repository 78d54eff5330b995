using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Finds names given more than once in a list, as graphql-js's <c>groupBy</c> then a size check does.</summary>
internal static class DuplicateNames
{
    /// <summary>Each name that occurs more than once, in order of first occurrence, with all the name nodes that give it.</summary>
    public static IReadOnlyList<(string Name, List<NameNode> Nodes)> Group<T>(IReadOnlyList<T> items, Func<T, NameNode> nameOf)
    {
        if (items.Count < 2 || (items.Count <= 16 && !HasDuplicate(items, nameOf)))
        {
            return [];
        }

        var result = new List<(string Name, List<NameNode> Nodes)>();

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

    // For the usual short lists, comparing pairs is cheaper than building groups.
    private static bool HasDuplicate<T>(IReadOnlyList<T> items, Func<T, NameNode> nameOf)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var name = nameOf(items[i]).Value;
            for (var j = 0; j < i; j++)
            {
                if (nameOf(items[j]).Value == name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
