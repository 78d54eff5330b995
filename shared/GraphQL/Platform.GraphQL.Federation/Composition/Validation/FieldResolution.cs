using System.Runtime.CompilerServices;
using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>Which subgraphs resolve a merged field: they declare it, not as <c>@external</c>, and no <c>@override</c> took it away.</summary>
internal static class FieldResolution
{
    private static readonly ConditionalWeakTable<MergedField, IReadOnlyList<Definition<SubgraphField>>> Cache = new();

    private static readonly ConditionalWeakTable<MergedField, IReadOnlyList<Definition<SubgraphField>>> OwnersCache = new();

    /// <summary>
    /// The subgraphs the planner may resolve the field from (a progressive <c>@override(label:)</c> leaves its source
    /// resolving too). Computed once per field: rules run after merging, when definitions no longer change.
    /// </summary>
    public static IReadOnlyList<Definition<SubgraphField>> Resolving(MergedField field) =>
        Cache.GetValue(field, static f => Excluding(f, f.Definitions.Select(d => d.Element.OverridesCompletely)));

    /// <summary>The subgraphs that own the field for the sharing rule: any <c>@override</c>, labeled or not, hands it over.</summary>
    public static IReadOnlyList<Definition<SubgraphField>> Owners(MergedField field) =>
        OwnersCache.GetValue(field, static f => Excluding(f, f.Definitions.Select(d => d.Element.OverrideFrom)));

    private static List<Definition<SubgraphField>> Excluding(MergedField field, IEnumerable<string?> overridden)
    {
        var excluded = overridden.OfType<string>().ToHashSet(StringComparer.Ordinal);
        return field.Definitions.Where(d => !d.Element.External && !excluded.Contains(d.Subgraph)).ToList();
    }

    public static string Quote(IEnumerable<string> subgraphs)
    {
        var quoted = subgraphs.Select(s => $"\"{s}\"").ToList();
        return quoted.Count switch
        {
            0 => "",
            1 => quoted[0],
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + " and " + quoted[^1],
        };
    }
}
