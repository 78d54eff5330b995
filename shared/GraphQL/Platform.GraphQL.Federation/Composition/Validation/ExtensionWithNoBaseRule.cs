using Platform.GraphQL.Federation.Composition.Merging;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>EXTENSION_WITH_NO_BASE</c>: a type that every subgraph only <c>extend</c>s has no definition to extend
/// (root operation types excepted: subgraphs commonly write <c>extend type Query</c>).
/// </summary>
internal static class ExtensionWithNoBaseRule
{
    private static readonly HashSet<string> RootTypes = new(StringComparer.Ordinal) { "Query", "Mutation", "Subscription" };

    public static void Check(MergedSchema merged, List<CompositionError> errors)
    {
        foreach (var type in merged.Types.Values.Where(t => !RootTypes.Contains(t.Name)))
        {
            if (type.Definitions.All(d => d.Element.OnlyExtendSyntax))
            {
                errors.AddRange(type.Definitions.Select(d => new CompositionError(
                    CompositionCodes.ExtensionWithNoBase,
                    $"[{d.Subgraph}] Type \"{type.Name}\" is an extension type, but there is no type definition for \"{type.Name}\" in any subgraph.")));
            }
        }
    }
}
