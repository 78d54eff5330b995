namespace Platform.GraphQL.Execution;

/// <summary>
/// Stands in the result tree for a value still being computed. Only the executor creates these, so a completed
/// value is never confused with a resolver's own task.
/// </summary>
internal sealed class PendingValue(Task<object?> task)
{
    public Task<object?> Task { get; } = task;

    /// <summary>
    /// Fills every pending slot with its value, then yields <paramref name="result"/>; fails as soon as one fails
    /// (JS <c>Promise.all</c>), leaving the rest to finish unobserved.
    /// </summary>
    public static Task<object?> WhenAll(object?[] slots, int pendingCount, object result)
    {
        var join = new Join(slots, pendingCount, result);
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] is PendingValue pending)
            {
                pending.Task.ContinueWith(
                    static (task, state) => ((Slot)state!).Complete(task),
                    new Slot(join, i),
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }
        }

        return join.Task;
    }

    /// <summary>Keeps a task that nobody will await from reporting its failure as unobserved.</summary>
    public static void Observe(object?[] slots)
    {
        foreach (var slot in slots)
        {
            if (slot is PendingValue pending)
            {
                pending.Task.ContinueWith(
                    static task => _ = task.Exception,
                    CancellationToken.None,
                    TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }
        }
    }

    private sealed class Join(object?[] slots, int pendingCount, object result)
    {
        private readonly TaskCompletionSource<object?> _completion = new();
        private int _remaining = pendingCount;

        public Task<object?> Task => _completion.Task;

        public void Complete(int index, Task<object?> task)
        {
            if (!task.IsCompletedSuccessfully)
            {
                _completion.TrySetException(task.Exception?.InnerException ?? new TaskCanceledException(task));
                return;
            }

            slots[index] = task.Result;
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                _completion.TrySetResult(result);
            }
        }
    }

    private sealed class Slot(Join join, int index)
    {
        public void Complete(Task<object?> task) => join.Complete(index, task);
    }
}
