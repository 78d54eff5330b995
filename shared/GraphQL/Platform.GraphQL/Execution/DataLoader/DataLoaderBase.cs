namespace Platform.GraphQL.DataLoader;

/// <summary>
/// Caching and batching shared by <see cref="BatchDataLoader{TKey, TValue}"/> and
/// <see cref="GroupedDataLoader{TKey, TValue}"/>: a key's task is created once per scope, new keys wait in a batch
/// until the executor dispatches it.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader<TKey, TValue>, IBatchDispatcher
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Dictionary<TKey, Task<TValue>> _cache;
    private List<TKey> _batchKeys = [];
    private List<TaskCompletionSource<TValue>> _batchTasks = [];

    private protected DataLoaderBase(DataLoaderScope scope, IEqualityComparer<TKey>? keyComparer)
    {
        Scope = scope ?? throw new ArgumentNullException(nameof(scope));
        _cache = new Dictionary<TKey, Task<TValue>>(keyComparer);
    }

    /// <summary>The request scope this loader batches in.</summary>
    protected DataLoaderScope Scope { get; }

    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        Task<TValue>? task;
        var first = false;
        lock (_gate)
        {
            if (!_cache.TryGetValue(key, out task))
            {
                var completion = new TaskCompletionSource<TValue>();
                task = completion.Task;
                _cache.Add(key, task);
                _batchKeys.Add(key);
                _batchTasks.Add(completion);
                first = _batchKeys.Count == 1;
            }
        }

        if (first)
        {
            Scope.Schedule(this);
        }

        return cancellationToken.CanBeCanceled && !task.IsCompleted ? task.WaitAsync(cancellationToken) : task;
    }

    public Task<TValue[]> LoadAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken = default)
    {
        var tasks = keys.Select(key => LoadAsync(key, cancellationToken)).ToArray();
        return Task.WhenAll(tasks);
    }

    /// <summary>Fetches one batch of distinct keys; returns how to find each key's value in what was fetched.</summary>
    private protected abstract Task<Func<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    async Task IBatchDispatcher.DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        List<TaskCompletionSource<TValue>> tasks;
        lock (_gate)
        {
            keys = _batchKeys;
            tasks = _batchTasks;
            _batchKeys = [];
            _batchTasks = [];
        }

        if (keys.Count == 0)
        {
            return;
        }

        Func<TKey, TValue> valueOf;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            valueOf = await FetchAsync(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            HandOut(() => tasks.ForEach(task => task.TrySetCanceled(cancellationToken)));
            return;
        }
        catch (Exception error)
        {
            HandOut(() => Fail(keys, tasks, error));
            return;
        }

        HandOut(() => Complete(keys, tasks, valueOf));
    }

    /// <summary>
    /// Completes a batch's tasks as one unit of work: the scope holds further dispatches until the continuations
    /// that run inline have queued their keys. Inline needs no SynchronizationContext (one makes them post instead).
    /// </summary>
    private void HandOut(Action complete)
    {
        var synchronizationContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        Scope.EnterCompletion();
        try
        {
            complete();
        }
        finally
        {
            Scope.ExitCompletion();
            SynchronizationContext.SetSynchronizationContext(synchronizationContext);
        }
    }

    private static void Complete(List<TKey> keys, List<TaskCompletionSource<TValue>> tasks, Func<TKey, TValue> valueOf)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            TValue value;
            try
            {
                value = valueOf(keys[i]);
            }
            catch (Exception error)
            {
                tasks[i].TrySetException(error);
                continue;
            }

            tasks[i].TrySetResult(value);
        }
    }

    /// <summary>A failed batch fails its keys' tasks and forgets them, so a later load in the request tries again.</summary>
    private void Fail(List<TKey> keys, List<TaskCompletionSource<TValue>> tasks, Exception error)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _cache.Remove(key);
            }
        }

        foreach (var task in tasks)
        {
            task.TrySetException(error);
        }
    }
}
