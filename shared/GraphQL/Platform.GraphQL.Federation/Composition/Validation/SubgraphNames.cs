namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary><c>INVALID_SUBGRAPH_NAME</c>: every subgraph has a non-blank name no other subgraph uses, since errors and plans refer to subgraphs by name.</summary>
internal static class SubgraphNames
{
    public static void Check(IReadOnlyList<SubgraphDefinition> subgraphs, List<CompositionError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subgraph in subgraphs)
        {
            if (string.IsNullOrWhiteSpace(subgraph.Name))
            {
                errors.Add(new CompositionError(CompositionCodes.InvalidSubgraphName, "A subgraph has a blank name; every subgraph needs a unique name."));
            }
            else if (!seen.Add(subgraph.Name))
            {
                errors.Add(new CompositionError(
                    CompositionCodes.InvalidSubgraphName, $"A subgraph named \"{subgraph.Name}\" already exists; subgraph names must be unique."));
            }
        }
    }
}
