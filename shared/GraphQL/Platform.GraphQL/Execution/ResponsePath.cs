namespace Platform.GraphQL.Execution;

/// <summary>A position in the response: a field's response key or a list index, under its parent position.</summary>
internal sealed class ResponsePath
{
    private static readonly object[] SmallIndices = CreateSmallIndices(1024);

    public ResponsePath(ResponsePath? parent, object key)
    {
        Parent = parent;
        Key = key;
        Depth = parent is null ? 1 : parent.Depth + 1;
    }

    public ResponsePath? Parent { get; }

    /// <summary>A response key (string) or a list index (boxed int).</summary>
    public object Key { get; }

    public int Depth { get; }

    /// <summary>A boxed list index, shared for small indices.</summary>
    public static object Index(int index) => index < SmallIndices.Length ? SmallIndices[index] : index;

    /// <summary>The keys from the root down, as the <c>path</c> entry of an error shows them.</summary>
    public static IReadOnlyList<object> ToList(ResponsePath? path)
    {
        if (path is null)
        {
            return [];
        }

        var keys = new object[path.Depth];
        for (var current = path; current is not null; current = current.Parent)
        {
            keys[current.Depth - 1] = current.Key;
        }

        return keys;
    }

    /// <summary>True when both denote the same response position (compared key by key).</summary>
    public static bool SamePosition(ResponsePath? a, ResponsePath? b)
    {
        while (true)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a is null || b is null || a.Depth != b.Depth || !a.Key.Equals(b.Key))
            {
                return false;
            }

            a = a.Parent;
            b = b.Parent;
        }
    }

    private static object[] CreateSmallIndices(int count)
    {
        var boxes = new object[count];
        for (var i = 0; i < count; i++)
        {
            boxes[i] = i;
        }

        return boxes;
    }
}
