using System.Collections.Concurrent;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.AspNetCore.Execution;

/// <summary>
/// Parsed documents by query text, so a repeated query is not parsed again to learn its operation type. Bounded:
/// when full it starts over, which keeps memory flat even under a stream of distinct queries.
/// </summary>
internal sealed class ParsedDocumentCache
{
    private const int Capacity = 512;
    private const int MaxQueryLength = 16 * 1024;

    private readonly ConcurrentDictionary<string, DocumentNode> _documents = new(StringComparer.Ordinal);

    public DocumentNode? TryGet(string query) => _documents.TryGetValue(query, out var document) ? document : null;

    public void Add(string query, DocumentNode document)
    {
        if (query.Length > MaxQueryLength)
        {
            return;
        }

        if (_documents.Count >= Capacity)
        {
            _documents.Clear();
        }

        _documents[query] = document;
    }
}
