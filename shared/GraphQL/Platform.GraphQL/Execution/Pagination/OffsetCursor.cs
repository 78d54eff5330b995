namespace Platform.GraphQL.Pagination;

/// <summary>
/// Cursors that are an item's position in the ordered query, base64 of <c>arrayconnection:N</c> as graphql-relay-js
/// writes them. Opaque to clients; stable as long as the ordering and the data before the item stay the same.
/// </summary>
public static class OffsetCursor
{
    private const string Prefix = "arrayconnection:";

    public static string Encode(int index) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Prefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The position a cursor points at; a GraphQL error naming <paramref name="argument"/> when it is not one of ours.</summary>
    public static int Decode(string cursor, string argument)
    {
        Span<byte> bytes = stackalloc byte[64];
        if (cursor.Length <= 88
            && Convert.TryFromBase64String(cursor, bytes, out var length)
            && System.Text.Encoding.UTF8.GetString(bytes[..length]) is var text
            && text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            return index;
        }

        throw new GraphQLError($"Argument \"{argument}\" is not a valid cursor.", extensions: new Dictionary<string, object?> { ["code"] = "INVALID_CURSOR" });
    }
}
