using System.Collections.Concurrent;

namespace Platform.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request: a registry (one instance per loader type or name) and the queue of loaders with
/// keys waiting for their batch. The executor dispatches the queue whenever none of its own code is running, so
/// all keys requested in one execution step go out in one batch per loader.
/// </summary>
/// <remarks>
/// Register it scoped in dependency injection (with loaders that take it in their constructor, also scoped) and the
/// executor uses the request's instance; without one in <c>Services</c>, each execution creates its own.
/// </remarks>
public sealed class DataLoaderScope
{
    private readonly ConcurrentDictionary<object, object> _loaders = new();
    private readonly List<IBatchDispatcher> _scheduled = [];

    private int _completing;

    /// <summary>Raised when batches may have become ready to dispatch (the executor listens).</summary>
    internal event Action? Scheduled;

    /// <summary>Whether a fetched batch is handing out its values (their continuations may queue more keys).</summary>
    internal bool IsCompleting => Volatile.Read(ref _completing) > 0;

    internal bool HasScheduled
    {
        get
        {
            lock (_scheduled)
            {
                return _scheduled.Count > 0;
            }
        }
    }

    /// <summary>The loader registered under <paramref name="name"/>, created by <paramref name="create"/> on first use.</summary>
    public TLoader GetOrAdd<TLoader>(string name, Func<DataLoaderScope, TLoader> create)
        where TLoader : class
    {
        var loader = _loaders.GetOrAdd(name, static (_, state) => state.create(state.scope), (create, scope: this));
        return loader as TLoader ?? throw new InvalidOperationException(
            $"The DataLoader \"{name}\" is a {loader.GetType().Name}, not a {typeof(TLoader).Name}; give loaders of different key or value types different names.");
    }

    /// <summary>The one instance of <typeparamref name="TLoader"/> in this scope, created with this scope as its constructor argument.</summary>
    public TLoader GetOrAdd<TLoader>()
        where TLoader : class
    {
        return (TLoader)_loaders.GetOrAdd(typeof(TLoader), static (type, scope) => Create(type, scope), this);

        static object Create(object key, DataLoaderScope scope)
        {
            var type = (Type)key;
            if (type.GetConstructor([typeof(DataLoaderScope)]) is not { } constructor)
            {
                throw new InvalidOperationException(
                    $"The DataLoader {type.Name} has no public constructor taking only a DataLoaderScope; register it as a scoped service instead.");
            }

            return constructor.Invoke([scope]);
        }
    }

    internal void Schedule(IBatchDispatcher loader)
    {
        lock (_scheduled)
        {
            _scheduled.Add(loader);
        }

        Scheduled?.Invoke();
    }

    internal void EnterCompletion() => Interlocked.Increment(ref _completing);

    internal void ExitCompletion()
    {
        if (Interlocked.Decrement(ref _completing) == 0 && HasScheduled)
        {
            Scheduled?.Invoke();
        }
    }

    /// <summary>
    /// Starts every queued batch (each loader's fetch runs concurrently); each completes its keys' tasks when its
    /// fetch returns, possibly before this method does.
    /// </summary>
    internal void Dispatch(CancellationToken cancellationToken)
    {
        IBatchDispatcher[] loaders;
        lock (_scheduled)
        {
            loaders = [.. _scheduled];
            _scheduled.Clear();
        }

        foreach (var loader in loaders)
        {
            _ = loader.DispatchAsync(cancellationToken);
        }
    }
}

/// <summary>A loader whose queued keys the scope can send as one batch.</summary>
internal interface IBatchDispatcher
{
    /// <summary>Fetches the queued keys; never fails (a failed fetch fails the keys' tasks instead).</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
