using System.Runtime.CompilerServices;
using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>Which subgraphs resolve a merged field: they declare it, not as <c>@external</c>, and no <c>@override</c> took it away.</summary>
internal static class FieldResolution
{
    private static readonly ConditionalWeakTable<MergedField, IReadOnlyList<Definition<SubgraphField>>> Cache = new();

    /// <summary>Computed once per field: rules run after merging, when definitions no longer change.</summary>
    public static IReadOnlyList<Definition<SubgraphField>> Resolving(MergedField field) =>
        Cache.GetValue(field, static f =>
        {
            var overridden = f.Definitions.Select(d => d.Element.OverrideFrom).OfType<string>().ToHashSet(StringComparer.Ordinal);
            return f.Definitions.Where(d => !d.Element.External && !overridden.Contains(d.Subgraph)).ToList();
        });

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
