using System.Linq.Expressions;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Pagination;

/// <summary>
/// Pages an ordered <see cref="IQueryable{T}"/> as a Relay connection in the database: two queries, a <c>COUNT</c>
/// (for <c>totalCount</c>, and to place <c>last</c> without <c>before</c>) and the page (<c>OFFSET</c>/<c>LIMIT</c>
/// from <c>Skip</c>/<c>Take</c>); only the page's rows are materialized.
/// </summary>
public static class QueryableConnectionExtensions
{
    /// <summary>
    /// The page of <paramref name="query"/> (which must be ordered: call <c>OrderBy</c> on a unique key first)
    /// that the field's <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c> arguments select.
    /// </summary>
    public static Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> query, IResolveFieldContext context, QueryExecution? execution = null) =>
        query.ToConnectionAsync(ConnectionArguments.From(context), context.CancellationToken, execution);

    public static Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> query, int? first, string? after, int? last, string? before, CancellationToken cancellationToken = default) =>
        query.ToConnectionAsync(new ConnectionArguments(first, after, last, before), cancellationToken);

    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> query, ConnectionArguments arguments, CancellationToken cancellationToken = default, QueryExecution? execution = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!IsOrdered(query.Expression))
        {
            throw new InvalidOperationException(
                $"A connection over IQueryable<{typeof(T).Name}> needs an ordered query: call OrderBy (on a unique key) before ToConnectionAsync, or pages may overlap.");
        }

        execution ??= QueryExecution.Default;
        var totalCount = await execution.CountAsync(query, cancellationToken).ConfigureAwait(false);
        var window = arguments.Resolve(totalCount);
        var items = window.Count == 0
            ? []
            : await execution.ToListAsync(query.Skip(window.Offset).Take(window.Count), cancellationToken).ConfigureAwait(false);

        var edges = new Edge<T>[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            edges[i] = new Edge<T>(items[i], OffsetCursor.Encode(window.Offset + i));
        }

        var pageInfo = new PageInfo(
            window.HasNextPage,
            window.HasPreviousPage,
            edges.Length == 0 ? null : edges[0].Cursor,
            edges.Length == 0 ? null : edges[^1].Cursor);
        return new Connection<T>(edges, pageInfo, totalCount);
    }

    /// <summary>Whether an <c>OrderBy</c>/<c>ThenBy</c> call appears in the query's chain of operators.</summary>
    private static bool IsOrdered(Expression expression)
    {
        while (expression is MethodCallExpression call)
        {
            if (call.Method.Name is "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "Order" or "OrderDescending")
            {
                return true;
            }

            if (call.Arguments.Count == 0)
            {
                return false;
            }

            expression = call.Arguments[0];
        }

        return false;
    }
}
