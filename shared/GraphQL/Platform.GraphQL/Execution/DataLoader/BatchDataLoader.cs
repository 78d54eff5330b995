namespace Platform.GraphQL.DataLoader;

/// <summary>
/// Loads one value per key: derive from it, implement <see cref="LoadBatchAsync"/> with one query for all keys.
/// A key missing from the returned dictionary loads as <c>default</c> (null).
/// </summary>
/// <example><code>
/// public sealed class VenueByIdLoader(DataLoaderScope scope, AppDb db) : BatchDataLoader&lt;int, Venue&gt;(scope)
/// {
///     protected override async Task&lt;IReadOnlyDictionary&lt;int, Venue&gt;&gt; LoadBatchAsync(IReadOnlyList&lt;int&gt; keys, CancellationToken ct) =>
///         await db.Venues.Where(v => keys.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
/// }
/// </code></example>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    protected BatchDataLoader(DataLoaderScope scope, IEqualityComparer<TKey>? keyComparer = null)
        : base(scope, keyComparer)
    {
    }

    /// <summary>Fetches the values of distinct <paramref name="keys"/> in one call.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<Func<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{GetType().Name}.LoadBatchAsync returned null.");
        return key => values.TryGetValue(key, out var value) ? value : default;
    }
}
