using Platform.GraphQL.Federation.Composition.Merging;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>The federation rules that concern several subgraphs at once, checked on the merged schema.</summary>
internal static class SupergraphRules
{
    public static void Check(MergedSchema merged, List<CompositionError> errors)
    {
        RootQueryRule.Check(merged, errors);
        ExtensionWithNoBaseRule.Check(merged, errors);
        OverrideRules.Check(merged, errors);
        FieldSharingRule.Check(merged, errors);
        ExternalOnBaseRule.Check(merged, errors);
        InaccessibleRules.Check(merged, errors);
        InaccessibleInputRules.Check(merged, errors);
        InterfaceObjectSupergraphRule.Check(merged, errors);
        InterfaceImplementationRule.Check(merged, errors);
        if (errors.Count == 0)
        {
            SatisfiabilityRule.Check(merged, errors);
        }
    }
}
