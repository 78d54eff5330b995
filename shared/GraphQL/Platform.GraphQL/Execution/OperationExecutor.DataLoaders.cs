using Platform.GraphQL.DataLoader;

namespace Platform.GraphQL.Execution;

/// <summary>
/// DataLoader dispatch: a batch goes out when no executor code is running and no batch is handing out values, i.e.
/// when the execution cannot make progress without it. Executor code that resumes after a resolver's task counts
/// itself as running work, so the keys that all parents of a list ask for end up in one batch.
/// </summary>
internal sealed partial class OperationExecutor
{
    private DataLoaderScope? _dataLoaders;
    private int _runningWork;
    private TaskCompletionSource? _wake;

    /// <summary>The request's loaders: the <see cref="DataLoaderScope"/> from <c>Services</c>, else one of this execution.</summary>
    public DataLoaderScope DataLoaders => Volatile.Read(ref _dataLoaders) ?? CreateDataLoaders();

    private DataLoaderScope CreateDataLoaders()
    {
        var scope = Request.Services?.GetService(typeof(DataLoaderScope)) as DataLoaderScope ?? new DataLoaderScope();
        return Interlocked.CompareExchange(ref _dataLoaders, scope, null) ?? scope;
    }

    /// <summary>Marks executor code running after an await (it may queue keys that belong in the coming batch).</summary>
    private void EnterWork() => Interlocked.Increment(ref _runningWork);

    private void ExitWork()
    {
        if (Interlocked.Decrement(ref _runningWork) == 0 && Volatile.Read(ref _dataLoaders) is { HasScheduled: true })
        {
            Wake();
        }
    }

    private void Wake() => Volatile.Read(ref _wake)?.TrySetResult();

    /// <summary>
    /// Waits for the pending result, dispatching queued batches (repeatedly: each level of the result may queue the
    /// next) whenever no executor code is running.
    /// </summary>
    private async Task<object?> AwaitDispatchingAsync(Task<object?> pending)
    {
        var scope = DataLoaders;
        Action wake = Wake;
        scope.Scheduled += wake;
        try
        {
            while (!pending.IsCompleted)
            {
                // Published before the check, so a wake between check and wait is not lost.
                var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Volatile.Write(ref _wake, signal);
                if (Volatile.Read(ref _runningWork) == 0 && !scope.IsCompleting && scope.HasScheduled)
                {
                    // Not awaited: a batch function may itself wait on another loader, which needs dispatching too.
                    // A fetch that finishes synchronously has handed out its values (and queued the next level) here.
                    scope.Dispatch(CancellationToken);
                    continue;
                }

                await Task.WhenAny(pending, signal.Task).ConfigureAwait(false);
            }
        }
        finally
        {
            scope.Scheduled -= wake;
            Volatile.Write(ref _wake, null);
        }

        return await pending.ConfigureAwait(false);
    }
}
