namespace Platform.GraphQL.DataLoader;

/// <summary>A batch loader whose fetch is a function (what <c>context.BatchLoader(name, fetch)</c> creates).</summary>
internal sealed class DelegateBatchDataLoader<TKey, TValue>(
    DataLoaderScope scope, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    : BatchDataLoader<TKey, TValue>(scope)
    where TKey : notnull
{
    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, cancellationToken);
}

/// <summary>A grouped loader whose fetch is a function (what <c>context.GroupLoader(name, fetch)</c> creates).</summary>
internal sealed class DelegateGroupedDataLoader<TKey, TValue>(
    DataLoaderScope scope, Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
    : GroupedDataLoader<TKey, TValue>(scope)
    where TKey : notnull
{
    protected override Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, cancellationToken);
}
