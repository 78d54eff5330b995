using Platform.GraphQL.Federation.Composition.Merging;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary><c>NO_QUERIES</c>: the supergraph needs a <c>Query</c> type with at least one field a client can select.</summary>
internal static class RootQueryRule
{
    public static void Check(MergedSchema merged, List<CompositionError> errors)
    {
        if (!merged.Types.TryGetValue("Query", out var query) || query.Inaccessible || query.Fields.Values.All(f => f.Inaccessible))
        {
            errors.Add(new CompositionError(CompositionCodes.NoQueries, "No queries found in any subgraph: a supergraph must have a query root type."));
        }
    }
}
