namespace Platform.GraphQL.Language;

/// <summary>
/// One growable stack per node kind, shared by every nesting level of a parse: a list under construction pushes its
/// items, and when it closes they are copied to an exactly sized array. Nested lists push above and pop before their
/// parent continues, so one buffer serves all levels, and no list object or spare capacity is left in the tree.
/// </summary>
internal sealed class NodeBuffer<T>
{
    private T[] _items = new T[16];
    private int _count;

    /// <summary>Where the list being started begins; pass it to <see cref="PopFrom"/>.</summary>
    public int Mark => _count;

    public void Push(T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = item;
    }

    /// <summary>The items pushed since <paramref name="mark"/>, as an array; removes them from the stack.</summary>
    public T[] PopFrom(int mark)
    {
        var length = _count - mark;
        if (length == 0)
        {
            return [];
        }

        // Lists are short: a plain loop beats Array.Copy's type checks. The buffer lives only as long as its parse,
        // so the popped slots need no clearing.
        var items = new T[length];
        var source = _items;
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = source[mark + i];
        }

        _count = mark;
        return items;
    }
}
