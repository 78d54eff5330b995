using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>The federation rules one subgraph must satisfy alone: valid <c>@key</c>, <c>@requires</c>, <c>@provides</c> and <c>@external</c> use.</summary>
internal static class SubgraphRules
{
    public static void Check(SubgraphSchema subgraph, List<CompositionError> errors)
    {
        KeyRules.Check(subgraph, errors);
        RequiresProvidesRules.Check(subgraph, errors);
        ExternalUsageRule.Check(subgraph, errors);
        InterfaceKeyRule.Check(subgraph, errors);
        ComposeDirectiveRule.Check(subgraph, errors);
        InterfaceObjectRule.Check(subgraph, errors);
    }
}
