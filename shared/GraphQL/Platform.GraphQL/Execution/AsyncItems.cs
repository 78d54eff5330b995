using System.Collections.Concurrent;
using System.Reflection;

namespace Platform.GraphQL.Execution;

/// <summary>Reads any <see cref="IAsyncEnumerable{T}"/> as a stream of objects (lists and subscription streams).</summary>
internal static class AsyncItems
{
    private static readonly ConcurrentDictionary<Type, Func<object, IAsyncEnumerable<object?>>?> Adapters = new();

    public static bool TryGet(object? value, out IAsyncEnumerable<object?> items)
    {
        switch (value)
        {
            case null:
            case string:
                items = null!;
                return false;
            case IAsyncEnumerable<object?> objects:
                items = objects;
                return true;
        }

        var adapter = Adapters.GetOrAdd(value.GetType(), CreateAdapter);
        items = adapter?.Invoke(value)!;
        return adapter is not null;
    }

    private static Func<object, IAsyncEnumerable<object?>>? CreateAdapter(Type type)
    {
        foreach (var candidate in type.GetInterfaces())
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            {
                var method = typeof(AsyncItems).GetMethod(nameof(Box), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(candidate.GetGenericArguments()[0]);
                return method.CreateDelegate<Func<object, IAsyncEnumerable<object?>>>();
            }
        }

        return null;
    }

    private static IAsyncEnumerable<object?> Box<T>(object source) => Boxed((IAsyncEnumerable<T>)source);

    private static async IAsyncEnumerable<object?> Boxed<T>(
        IAsyncEnumerable<T> source, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
