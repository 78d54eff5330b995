using Platform.GraphQL;
using static Platform.Federation.Subgraphs.Features.FeaturesData;

namespace Platform.Federation.Subgraphs.Features;

/// <summary>
/// The shop's carts, in memory. Setting an item's quantity is idempotent (zero removes it), so replaying a recorded
/// mutation gives the same answer as long as each recorded operation uses its own cart id.
/// </summary>
internal sealed class Carts
{
    private readonly Dictionary<string, SortedDictionary<string, int>> _carts = new(StringComparer.Ordinal);

    public Dictionary<string, object?>? Find(string cartId)
    {
        lock (_carts)
        {
            return _carts.TryGetValue(cartId, out var items) ? ToMap(cartId, items) : null;
        }
    }

    public Dictionary<string, object?> SetItem(string cartId, string bookId, int quantity)
    {
        if (!BooksById.ContainsKey(bookId))
        {
            throw new GraphQLError($"There is no book \"{bookId}\" to put in a cart.");
        }

        if (quantity < 0)
        {
            throw new GraphQLError($"A cart item's quantity cannot be negative ({quantity}).");
        }

        lock (_carts)
        {
            if (!_carts.TryGetValue(cartId, out var items))
            {
                _carts[cartId] = items = new SortedDictionary<string, int>(StringComparer.Ordinal);
            }

            if (quantity == 0)
            {
                items.Remove(bookId);
            }
            else
            {
                items[bookId] = quantity;
            }

            return ToMap(cartId, items);
        }
    }

    private static Dictionary<string, object?> ToMap(string cartId, SortedDictionary<string, int> items) => new()
    {
        ["id"] = cartId,
        ["items"] = items
            .Select(item => new Dictionary<string, object?> { ["book"] = ShopSubgraph.BookMap(item.Key, null), ["quantity"] = item.Value })
            .ToList(),
        ["total"] = CatalogMaps.Money(items.Sum(item => BooksById[item.Key].Price * item.Value)),
    };
}
