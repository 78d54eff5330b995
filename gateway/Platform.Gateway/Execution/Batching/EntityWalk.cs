using Platform.Gateway.Planning;

namespace Platform.Gateway.Execution.Batching;

/// <summary>
/// Walks an entity fetch's paths through the merged response to the objects at their ends, in one fixed order: the
/// paths in turn, list items by index. Collecting a batch and finding an error's client path walk alike, so an object
/// reached twice is found first at the same place both times.
/// </summary>
internal static class EntityWalk
{
    /// <summary>What a walk tells its visitor. A struct, so a visitor that ignores the steps costs nothing for them.</summary>
    internal interface IVisitor
    {
        void EnterKey(string responseKey);

        void EnterIndex(int index);

        void Leave();

        void Visit(Dictionary<string, object?> entity);
    }

    public static void Walk<TVisitor>(FetchNode fetch, Dictionary<string, object?> data, ref TVisitor visitor)
        where TVisitor : struct, IVisitor
    {
        var paths = fetch.Paths;
        for (var i = 0; i < paths.Count; i++)
        {
            Walk(data, paths[i], 0, ref visitor);
        }
    }

    /// <summary>The object's <c>__typename</c>, when it has a string one.</summary>
    public static string? TypeName(Dictionary<string, object?> map) =>
        map.TryGetValue("__typename", out var name) ? name as string : null;

    private static void Walk<TVisitor>(object? value, IReadOnlyList<PathSegment> path, int depth, ref TVisitor visitor)
        where TVisitor : struct, IVisitor
    {
        switch (value)
        {
            case List<object?> list:
                for (var i = 0; i < list.Count; i++)
                {
                    visitor.EnterIndex(i);
                    Walk(list[i], path, depth, ref visitor);
                    visitor.Leave();
                }

                return;
            case Dictionary<string, object?> map:
                if (depth == path.Count)
                {
                    visitor.Visit(map);
                    return;
                }

                var segment = path[depth];
                if (segment.ParentType is { } parentType && TypeName(map) is { } typeName && typeName != parentType)
                {
                    return;
                }

                if (map.TryGetValue(segment.ResponseKey, out var child))
                {
                    visitor.EnterKey(segment.ResponseKey);
                    Walk(child, path, depth + 1, ref visitor);
                    visitor.Leave();
                }

                return;
        }
    }
}
