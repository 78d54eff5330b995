using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Platform.GraphQL.Pagination;

/// <summary>
/// How a connection runs its two queries, the page and the count. The engine takes no dependency on an ORM, so
/// the default recognizes async providers by shape: the page is read through <see cref="IAsyncEnumerable{T}"/> when
/// the query offers it, the count through the provider's <c>IAsyncQueryProvider.ExecuteAsync</c> (what EF Core's own
/// <c>CountAsync</c> calls); other queries run synchronously. Derive to plug in another data access library.
/// </summary>
public class QueryExecution
{
    private static readonly ConcurrentDictionary<Type, AsyncExecute?> AsyncProviders = new();

    private delegate Task<int> AsyncExecute(IQueryProvider provider, Expression expression, CancellationToken cancellationToken);

    public static QueryExecution Default { get; } = new();

    public virtual async Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        if (query is not IAsyncEnumerable<T> asyncQuery)
        {
            return query.ToList();
        }

        var items = new List<T>();
        await foreach (var item in asyncQuery.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        return items;
    }

    public virtual Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        var count = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(T)], query.Expression);
        var executeAsync = AsyncProviders.GetOrAdd(query.Provider.GetType(), FindExecuteAsync);
        return executeAsync is null
            ? Task.FromResult(query.Provider.Execute<int>(count))
            : executeAsync(query.Provider, count, cancellationToken);
    }

    /// <summary><c>TResult ExecuteAsync&lt;TResult&gt;(Expression, CancellationToken)</c> of an interface named <c>IAsyncQueryProvider</c>, closed over <c>Task&lt;int&gt;</c>.</summary>
    private static AsyncExecute? FindExecuteAsync(Type providerType)
    {
        var contract = providerType.GetInterfaces().FirstOrDefault(type => type.Name == "IAsyncQueryProvider");
        var method = contract?.GetMethods().FirstOrDefault(candidate =>
            candidate is { Name: "ExecuteAsync", IsGenericMethodDefinition: true }
            && candidate.GetParameters() is [{ ParameterType: var first }, { ParameterType: var second }]
            && first == typeof(Expression) && second == typeof(CancellationToken));
        if (contract is null || method is null)
        {
            return null;
        }

        var provider = Expression.Parameter(typeof(IQueryProvider), "provider");
        var expression = Expression.Parameter(typeof(Expression), "expression");
        var token = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        var call = Expression.Call(Expression.Convert(provider, contract), method.MakeGenericMethod(typeof(Task<int>)), expression, token);
        return Expression.Lambda<AsyncExecute>(call, provider, expression, token).Compile();
    }
}
