namespace Platform.GraphQL.DataLoader;

/// <summary>Loads values by key; keys asked for in one execution step are fetched together, each at most once per request.</summary>
public interface IDataLoader<in TKey, TValue>
    where TKey : notnull
{
    /// <summary>
    /// The value for <paramref name="key"/>, once its batch has been fetched. <paramref name="cancellationToken"/>
    /// only stops this wait; the batch itself runs with the request's token.
    /// </summary>
    Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default);

    /// <summary>The values for <paramref name="keys"/>, in their order.</summary>
    Task<TValue[]> LoadAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken = default);
}
