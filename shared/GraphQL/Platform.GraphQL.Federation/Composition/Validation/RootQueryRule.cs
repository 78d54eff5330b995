using Platform.GraphQL.Federation.Composition.Merging;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>NO_QUERIES</c>: the supergraph needs a <c>Query</c> type (a <c>Query</c> whose fields are all <c>@inaccessible</c>
/// is <c>ONLY_INACCESSIBLE_CHILDREN</c>).
/// </summary>
internal static class RootQueryRule
{
    public static void Check(MergedSchema merged, List<CompositionError> errors)
    {
        if (!merged.Types.ContainsKey("Query"))
        {
            errors.Add(new CompositionError(CompositionCodes.NoQueries, "No queries found in any subgraph: a supergraph must have a query root type."));
        }
    }
}
