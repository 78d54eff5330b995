using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>Which subgraphs resolve a merged field: they declare it, not as <c>@external</c>, and no <c>@override</c> took it away.</summary>
internal static class FieldResolution
{
    public static List<Definition<SubgraphField>> Resolving(MergedField field)
    {
        var overridden = field.Definitions.Select(d => d.Element.OverrideFrom).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return field.Definitions.Where(d => !d.Element.External && !overridden.Contains(d.Subgraph)).ToList();
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
