namespace Platform.GraphQL.Execution;

/// <summary>
/// The errors of one execution, in the order they arose. As in graphql-js, an error is dropped when a position
/// at or above its path was already nulled by an earlier error.
/// </summary>
internal sealed class FieldErrors
{
    private readonly List<GraphQLError> _errors = [];
    private readonly List<ResponsePath?> _nulledPositions = [];

    public int Count
    {
        get
        {
            lock (_errors)
            {
                return _errors.Count;
            }
        }
    }

    public void Add(GraphQLError error, ResponsePath? path)
    {
        lock (_errors)
        {
            if (HasNulledPosition(path))
            {
                return;
            }

            _nulledPositions.Add(path);
            _errors.Add(error);
        }
    }

    public IReadOnlyList<GraphQLError>? ToList()
    {
        lock (_errors)
        {
            return _errors.Count == 0 ? null : _errors.ToArray();
        }
    }

    private bool HasNulledPosition(ResponsePath? start)
    {
        foreach (var nulled in _nulledPositions)
        {
            if (nulled is null)
            {
                return true;
            }

            for (var path = start; path is not null && path.Depth >= nulled.Depth; path = path.Parent)
            {
                if (ResponsePath.SamePosition(path, nulled))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
