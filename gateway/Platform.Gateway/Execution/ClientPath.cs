namespace Platform.Gateway.Execution;

/// <summary>
/// A path in the client's response built one segment at a time while walking the merged data: each step shares its
/// parent, so walking many objects costs one small node per step and the list is only built when an error needs it.
/// </summary>
internal sealed class ClientPath
{
    public static readonly ClientPath Root = new(null, null, 0);

    private readonly ClientPath? _parent;
    private readonly object? _segment;
    private readonly int _length;

    private ClientPath(ClientPath? parent, object? segment, int length)
    {
        _parent = parent;
        _segment = segment;
        _length = length;
    }

    /// <param name="segment">A response key (string) or a list index (int).</param>
    public ClientPath Append(object segment) => new(this, segment, _length + 1);

    public List<object> ToList()
    {
        var segments = new object[_length];
        for (var node = this; node._length > 0; node = node._parent!)
        {
            segments[node._length - 1] = node._segment!;
        }

        return [.. segments];
    }
}
