using Platform.GraphQL.Language;

namespace Platform.GraphQL;

/// <summary>
/// An error as the GraphQL spec describes it (§7.1.2): a message, the source locations it concerns,
/// the response path of the field it arose in, and extensions.
/// </summary>
public sealed class GraphQLError : Exception
{
    public GraphQLError(
        string message,
        IReadOnlyList<SyntaxNode>? nodes = null,
        IReadOnlyList<object>? path = null,
        Exception? originalError = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, originalError)
    {
        Nodes = nodes ?? Array.Empty<SyntaxNode>();
        Path = path;
        Extensions = extensions;
        Locations = Nodes.Where(n => n.Location is not null).Select(n => n.Location!.Value.StartLocation).ToArray();
    }

    public GraphQLError(string message, Source source, IReadOnlyList<int> positions)
        : base(message)
    {
        Nodes = Array.Empty<SyntaxNode>();
        Locations = positions.Select(source.GetLocation).ToArray();
    }

    /// <summary>The syntax nodes the error concerns (may be empty).</summary>
    public IReadOnlyList<SyntaxNode> Nodes { get; }

    public IReadOnlyList<SourceLocation> Locations { get; private init; }

    /// <summary>Response path: field names (string) and list indices (int).</summary>
    public IReadOnlyList<object>? Path { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public GraphQLError WithPath(IReadOnlyList<object> path) =>
        new(Message, Nodes, path, InnerException, Extensions) { Locations = Locations };
}
