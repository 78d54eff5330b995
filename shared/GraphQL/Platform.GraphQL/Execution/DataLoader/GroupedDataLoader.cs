namespace Platform.GraphQL.DataLoader;

/// <summary>
/// Loads all values belonging to a key (one-to-many): implement <see cref="LoadGroupedBatchAsync"/> returning a lookup;
/// a key without values loads as an empty array.
/// </summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    protected GroupedDataLoader(DataLoaderScope scope, IEqualityComparer<TKey>? keyComparer = null)
        : base(scope, keyComparer)
    {
    }

    /// <summary>Fetches the values of distinct <paramref name="keys"/> in one call, grouped by key.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<Func<TKey, TValue[]>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{GetType().Name}.LoadGroupedBatchAsync returned null.");
        return key => groups.Contains(key) ? [.. groups[key]] : [];
    }
}
