using System.Collections.Concurrent;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Limits;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Parsed documents by query text, each remembering the schema and rules it last passed validation under, so a
/// repeated operation (a client's persisted query, a gateway's fetch) is parsed and validated once. Documents are
/// immutable, so one entry serves concurrent requests. Bounded: when full it starts over, which keeps memory flat
/// under a stream of distinct queries. A document is found again only under the parser options it was parsed with.
/// </summary>
public sealed class DocumentCache(int capacity = 512, int maxQueryLength = 16 * 1024)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>The document parsed from <paramref name="query"/> under <paramref name="parserOptions"/>, if cached.</summary>
    public DocumentNode? TryGet(string query, ParserOptions? parserOptions = null) =>
        Find(query, parserOptions)?.Document;

    /// <summary>Caches a document parsed without errors (queries longer than the cache takes are left out).</summary>
    public void Add(string query, DocumentNode document, ParserOptions? parserOptions = null) =>
        AddEntry(query, document, parserOptions);

    internal Entry? Find(string query, ParserOptions? parserOptions) =>
        _entries.TryGetValue(query, out var entry) && ReferenceEquals(entry.ParserOptions, parserOptions) ? entry : null;

    internal Entry? AddEntry(string query, DocumentNode document, ParserOptions? parserOptions)
    {
        if (query.Length > maxQueryLength)
        {
            return null;
        }

        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        var entry = new Entry(document, parserOptions);
        _entries[query] = entry;
        return entry;
    }

    /// <summary>A cached document and the validation it last passed.</summary>
    internal sealed class Entry(DocumentNode document, ParserOptions? parserOptions)
    {
        private volatile ValidationStamp? _validated;

        public DocumentNode Document { get; } = document;

        public ParserOptions? ParserOptions { get; } = parserOptions;

        /// <summary>
        /// Whether the document passed <paramref name="rules"/> and the limits' rules on <paramref name="schema"/>;
        /// <paramref name="costReadsVariables"/> says the cost limit must still be measured with each request's variables.
        /// </summary>
        public bool IsValidated(Schema schema, IReadOnlyList<ValidationRuleFactory> rules, OperationLimits? limits, out bool costReadsVariables)
        {
            var stamp = _validated;
            var valid = stamp is not null && ReferenceEquals(stamp.Schema, schema) && ReferenceEquals(stamp.Rules, rules)
                && ReferenceEquals(stamp.Limits, limits);
            costReadsVariables = valid && stamp!.CostReadsVariables;
            return valid;
        }

        public void MarkValidated(Schema schema, IReadOnlyList<ValidationRuleFactory> rules, OperationLimits? limits, bool costReadsVariables) =>
            _validated = new ValidationStamp(schema, rules, limits, costReadsVariables);
    }

    private sealed record ValidationStamp(
        Schema Schema, IReadOnlyList<ValidationRuleFactory> Rules, OperationLimits? Limits, bool CostReadsVariables);
}
