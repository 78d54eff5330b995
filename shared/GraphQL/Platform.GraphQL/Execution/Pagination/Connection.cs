namespace Platform.GraphQL.Pagination;

/// <summary>
/// One page of a Relay cursor connection (the Relay Cursor Connections specification): the page's edges, where
/// the page lies, and how many items there are in all. The default resolvers read it as
/// <c>edges { node cursor } nodes pageInfo { … } totalCount</c>.
/// </summary>
public sealed class Connection<T>
{
    private readonly Lazy<Task<int>> _totalCount;

    public Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, int totalCount)
    {
        Edges = edges;
        PageInfo = pageInfo;
        _totalCount = new Lazy<Task<int>>(Task.FromResult(totalCount));
    }

    /// <summary>
    /// A page whose total is counted only if a client selects <c>totalCount</c> (at most once), so a page that does
    /// not ask for it costs no count. <paramref name="countTotal"/> runs after the resolver has returned: it must not
    /// use anything the resolver disposes (say, its database context).
    /// </summary>
    public Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> countTotal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(countTotal);
        Edges = edges;
        PageInfo = pageInfo;
        _totalCount = new Lazy<Task<int>>(() => countTotal(cancellationToken));
    }

    public IReadOnlyList<Edge<T>> Edges { get; }

    /// <summary>The edges' nodes, for clients that need no cursor per item.</summary>
    public IReadOnlyList<T> Nodes => Edges.Select(edge => edge.Node).ToArray();

    public PageInfo PageInfo { get; }

    /// <summary>The number of items in the whole connection, regardless of the page; counted when first read.</summary>
    public Task<int> TotalCount => _totalCount.Value;
}

/// <summary>An item of a page and the cursor that points at it.</summary>
public sealed record Edge<T>(T Node, string Cursor);

/// <summary>Relay's <c>PageInfo</c>: whether more items exist before or after the page, and the page's first and last cursors.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
