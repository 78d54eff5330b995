using Platform.GraphQL.Execution;

namespace Platform.GraphQL.DataLoader;

/// <summary>Getting a request's DataLoaders inside a resolver.</summary>
public static class DataLoaderContextExtensions
{
    /// <summary>
    /// The request's <typeparamref name="TLoader"/>: from <c>Services</c> when registered there (scoped, taking the
    /// request's <see cref="DataLoaderScope"/>), otherwise one instance per request built with the scope.
    /// </summary>
    public static TLoader DataLoader<TLoader>(this IResolveFieldContext context)
        where TLoader : class
    {
        return context.Services?.GetService(typeof(TLoader)) as TLoader ?? context.DataLoaders.GetOrAdd<TLoader>();
    }

    /// <summary>A batch loader named <paramref name="name"/>, created with <paramref name="fetch"/> on its first use in the request.</summary>
    public static IDataLoader<TKey, TValue?> BatchLoader<TKey, TValue>(
        this IResolveFieldContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        return context.DataLoaders.GetOrAdd(name, scope => new DelegateBatchDataLoader<TKey, TValue>(scope, fetch));
    }

    /// <summary>A grouped (one-to-many) loader named <paramref name="name"/>, created with <paramref name="fetch"/> on its first use.</summary>
    public static IDataLoader<TKey, TValue[]> GroupLoader<TKey, TValue>(
        this IResolveFieldContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        return context.DataLoaders.GetOrAdd(name, scope => new DelegateGroupedDataLoader<TKey, TValue>(scope, fetch));
    }
}
