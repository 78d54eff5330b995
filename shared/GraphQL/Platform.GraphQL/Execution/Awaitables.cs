using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Recognizes what resolvers may return besides plain values: <see cref="Task"/>, <see cref="Task{T}"/>,
/// <see cref="ValueTask"/> and <see cref="ValueTask{T}"/>. Completed ones are unwrapped synchronously.
/// </summary>
internal static class Awaitables
{
    private static readonly ConcurrentDictionary<Type, Adapter> Adapters = new();

    /// <summary>
    /// False for a plain value. True for an awaitable: then either <paramref name="pending"/> is null and
    /// <paramref name="value"/> is its result (a faulted one throws its exception), or it is still running.
    /// </summary>
    public static bool TryUnwrap(object? candidate, out object? value, out Task<object?>? pending)
    {
        pending = null;
        value = null;
        switch (candidate)
        {
            case null:
                return false;
            case Task task:
                if (task.IsCompleted)
                {
                    value = GetResult(task);
                }
                else
                {
                    pending = task is Task<object?> typed ? typed : AwaitTask(task);
                }

                return true;
            case ValueTask valueTask:
                if (valueTask.IsCompleted)
                {
                    valueTask.GetAwaiter().GetResult();
                }
                else
                {
                    pending = AwaitValueTask(valueTask);
                }

                return true;
            case ValueType when IsGenericValueTask(candidate.GetType()):
                var adapter = GetAdapter(candidate.GetType());
                return adapter.UnwrapValueTask!(candidate, out value, out pending);
            default:
                return false;
        }
    }

    private static bool IsGenericValueTask(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>);

    private static object? GetResult(Task task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            ExceptionDispatchInfo.Capture(task.Exception?.InnerException ?? new TaskCanceledException(task)).Throw();
        }

        return task is Task<object?> typed ? typed.Result : GetAdapter(task.GetType()).GetTaskResult?.Invoke(task);
    }

    private static async Task<object?> AwaitTask(Task task)
    {
        await task.ConfigureAwait(false);
        return GetResult(task);
    }

    private static async Task<object?> AwaitValueTask(ValueTask task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    private static Adapter GetAdapter(Type type) => Adapters.GetOrAdd(type, CreateAdapter);

    private static Adapter CreateAdapter(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (!current.IsGenericType)
            {
                continue;
            }

            var definition = current.GetGenericTypeDefinition();
            var argument = current.GetGenericArguments()[0];
            if (definition == typeof(Task<>))
            {
                // async Task methods return Task<VoidTaskResult>: a task without a result.
                if (argument.Name == "VoidTaskResult")
                {
                    return new Adapter(null, null);
                }

                var method = typeof(Awaitables).GetMethod(nameof(TaskResult), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(argument);
                return new Adapter(method.CreateDelegate<Func<Task, object?>>(), null);
            }

            if (definition == typeof(ValueTask<>))
            {
                var method = typeof(Awaitables).GetMethod(nameof(UnwrapValueTask), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(argument);
                return new Adapter(null, method.CreateDelegate<ValueTaskUnwrapper>());
            }
        }

        return new Adapter(null, null);
    }

    private static object? TaskResult<T>(Task task) => ((Task<T>)task).Result;

    private static bool UnwrapValueTask<T>(object boxed, out object? value, out Task<object?>? pending)
    {
        var task = (ValueTask<T>)boxed;
        if (task.IsCompleted)
        {
            value = task.GetAwaiter().GetResult();
            pending = null;
        }
        else
        {
            value = null;
            pending = AwaitGeneric(task);
        }

        return true;
    }

    private static async Task<object?> AwaitGeneric<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    private delegate bool ValueTaskUnwrapper(object boxed, out object? value, out Task<object?>? pending);

    private sealed record Adapter(Func<Task, object?>? GetTaskResult, ValueTaskUnwrapper? UnwrapValueTask);
}
