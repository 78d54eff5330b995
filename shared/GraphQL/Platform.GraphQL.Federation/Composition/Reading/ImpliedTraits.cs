namespace Platform.GraphQL.Federation.Composition.Reading;

/// <summary>
/// Traits federation implies rather than reads: a field in a <c>@key</c> is shareable; in federation-v1-style SDL every
/// field is shareable and <c>@external</c> on a key field of an extension only restated the key (the subgraph receives it).
/// </summary>
internal static class ImpliedTraits
{
    public static void Apply(SubgraphSchema subgraph)
    {
        foreach (var type in subgraph.Types.Values.Where(t => t.Kind == TypeKind.Object))
        {
            var keyFields = type.Keys.SelectMany(k => FieldSets.TopLevelFieldNames(k.Fields)).ToHashSet(StringComparer.Ordinal);
            foreach (var field in type.Fields.Values)
            {
                if (keyFields.Contains(field.Name))
                {
                    field.Shareable = true;
                    if (!subgraph.IsFederation2)
                    {
                        field.External = false;
                    }
                }

                if (!subgraph.IsFederation2)
                {
                    field.Shareable = true;
                }
            }
        }
    }
}
