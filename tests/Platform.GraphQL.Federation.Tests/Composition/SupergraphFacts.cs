using System.Text.RegularExpressions;
using Platform.GraphQL.Federation.Composition;

namespace Platform.GraphQL.Federation.Tests.Composition;

/// <summary>
/// Our <see cref="Supergraph"/> as the planner facts oracle/joins.mjs reads from a supergraph SDL's join directives,
/// one sorted line per fact: type subgraphs, keys, each field's resolving (or external) sources with their
/// requires/provides, and per-subgraph possible types.
/// </summary>
internal static partial class SupergraphFacts
{
    public static List<string> Of(Supergraph supergraph)
    {
        var lines = new List<string>();
        foreach (var type in supergraph.Types.Values)
        {
            lines.Add($"type {type.Name}: {string.Join(",", type.Subgraphs.Order(StringComparer.Ordinal))}");
            lines.AddRange(type.Keys.Select(k => $"key {type.Name} {k.Subgraph} \"{Squash(k.Fields.Source)}\"{(k.Resolvable ? "" : " unresolvable")}"));
            foreach (var field in type.Fields.Values)
            {
                var sources = field.Sources.Where(s => s.OverriddenBy is null).Select(s =>
                    (s.ViaInterfaceObject ? "<interface-object>" : s.Subgraph)
                    + (s.External ? ":external" : "")
                    + (s.Requires is { } requires ? $":requires({Squash(requires.Source)})" : "")
                    + (s.Provides is { } provides ? $":provides({Squash(provides.Source)})" : ""));
                lines.Add($"field {type.Name}.{field.Name}: {string.Join(" | ", sources.Distinct().Order(StringComparer.Ordinal))}");
            }

            foreach (var (subgraph, members) in type.PossibleTypesBySubgraph.Where(p => p.Value.Count > 0))
            {
                lines.Add($"possible {type.Name} {subgraph}: {string.Join(",", members.Order(StringComparer.Ordinal))}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Squash(string fieldSet) => SpaceAroundBraces().Replace(Whitespace().Replace(fieldSet, " "), "$1").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@" ?([{}():,]) ?")]
    private static partial Regex SpaceAroundBraces();
}
