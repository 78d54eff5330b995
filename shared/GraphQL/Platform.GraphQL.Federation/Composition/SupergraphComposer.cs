namespace Platform.GraphQL.Federation.Composition;

/// <summary>Composes Apollo Federation v2 subgraphs into a <see cref="Supergraph"/>, or explains why they do not compose.</summary>
public static class SupergraphComposer
{
    public static CompositionResult Compose(IReadOnlyList<SubgraphDefinition> subgraphs) =>
        throw new NotImplementedException("Composition is being built.");
}
