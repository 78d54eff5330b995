namespace Platform.GraphQL.Pagination;

/// <summary>
/// The standard Relay shapes in SDL, for schemas written SDL-first: <c>XConnection</c>, <c>XEdge</c>, the shared
/// <c>PageInfo</c> and the pagination arguments. <see cref="Connection{T}"/> resolves them with the default resolvers.
/// </summary>
/// <example><code>
/// var sdl = $$"""
///     type Query { venues({{ConnectionSchema.Arguments}}): VenueConnection! }
///     type Venue { id: ID! name: String! }
///     {{ConnectionSchema.TypesFor("Venue")}}
///     {{ConnectionSchema.PageInfo}}
///     """;
/// </code></example>
public static class ConnectionSchema
{
    /// <summary>The four pagination arguments of a connection field.</summary>
    public const string Arguments = "first: Int, after: String, last: Int, before: String";

    /// <summary>Relay's <c>PageInfo</c> type (once per schema).</summary>
    public const string PageInfo = """
        "Information about pagination in a connection."
        type PageInfo {
          "Whether more items follow the page."
          hasNextPage: Boolean!
          "Whether items precede the page."
          hasPreviousPage: Boolean!
          "The cursor of the page's first item."
          startCursor: String
          "The cursor of the page's last item."
          endCursor: String
        }
        """;

    /// <summary>The <c>{node}Connection</c> and <c>{node}Edge</c> types of a node type.</summary>
    public static string TypesFor(string nodeType, bool nullableNodes = false)
    {
        var node = nullableNodes ? nodeType : nodeType + "!";
        return $$"""
            "A page of {{nodeType}} items."
            type {{nodeType}}Connection {
              "The page's items with their cursors."
              edges: [{{nodeType}}Edge!]!
              "The page's items."
              nodes: [{{node}}]!
              "Where the page lies in the connection."
              pageInfo: PageInfo!
              "The number of items in the whole connection."
              totalCount: Int!
            }

            "A {{nodeType}} in a page, with the cursor that points at it."
            type {{nodeType}}Edge {
              "The item."
              node: {{node}}
              "Where the item lies, to pass as after or before."
              cursor: String!
            }
            """;
    }
}
