using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Merging;

/// <summary>
/// Merges an enum by how the subgraphs use it: only in outputs, the union of values (a client must accept any of them);
/// only in inputs, the intersection (every subgraph must accept what a client sends); in both, the values must agree.
/// </summary>
internal static class EnumMerger
{
    public static void Merge(MergedSchema merged, MergedType type, EnumUsage usage, List<CompositionError> errors)
    {
        var names = type.Definitions.SelectMany(d => d.Element.Values.Keys).Distinct().ToList();
        var asInput = usage.IsInput(type.Name);
        var asOutput = usage.IsOutput(type.Name);
        foreach (var name in names)
        {
            var definingSubgraphs = type.Definitions.Where(d => d.Element.Values.ContainsKey(name)).ToList();
            if (definingSubgraphs.Count < type.Definitions.Count)
            {
                if (asInput && asOutput && !definingSubgraphs.Any(d => d.Element.Values[name].Inaccessible))
                {
                    var missing = type.Definitions.Where(d => !d.Element.Values.ContainsKey(name)).Select(d => $"\"{d.Subgraph}\"");
                    errors.Add(new CompositionError(
                        CompositionCodes.EnumValueMismatch,
                        $"Enum type \"{type.Name}\" is used as both input type and output type, but value \"{name}\" is not defined "
                        + $"in all the subgraphs defining \"{type.Name}\": \"{name}\" is defined in "
                        + $"{string.Join(", ", definingSubgraphs.Select(d => $"\"{d.Subgraph}\""))} but not in {string.Join(", ", missing)}"));
                }

                if (asInput && !asOutput)
                {
                    continue;
                }
            }

            var values = definingSubgraphs.Select(d => new Definition<SubgraphEnumValue>(d.Subgraph, d.Element.Values[name])).ToList();
            var value = new MergedEnumValue
            {
                Name = name,
                Description = values.Select(v => v.Element.Description).FirstOrDefault(d => d is not null),
                Deprecated = values.Select(v => v.Element.Deprecated).FirstOrDefault(d => d is not null),
                Inaccessible = values.Any(v => v.Element.Inaccessible),
            };
            foreach (var definition in values)
            {
                ComposedDirectives.AddKept(merged, merged.Subgraph(definition.Subgraph), value.Directives, definition.Element.OtherDirectives);
            }

            type.Values[name] = value;
        }

        if (type.Values.Count == 0 && names.Count > 0 && !(asInput && asOutput))
        {
            errors.Add(new CompositionError(
                CompositionCodes.EmptyMergedEnumType,
                $"None of the values of enum type \"{type.Name}\" are defined consistently in all the subgraphs defining that type "
                + $"({string.Join(", ", type.Definitions.Select(d => $"\"{d.Subgraph}\""))})."));
        }
    }
}

/// <summary>Which enums any subgraph uses as an input (argument, input field) and which as an output (field type).</summary>
internal sealed class EnumUsage
{
    private readonly HashSet<string> _inputs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _outputs = new(StringComparer.Ordinal);

    public bool IsInput(string name) => _inputs.Contains(name);

    public bool IsOutput(string name) => _outputs.Contains(name);

    public static EnumUsage Collect(IReadOnlyList<SubgraphSchema> subgraphs)
    {
        var usage = new EnumUsage();
        foreach (var type in subgraphs.SelectMany(s => s.Types.Values))
        {
            foreach (var field in type.Fields.Values)
            {
                usage._outputs.Add(TypeReferences.NamedType(field.Type));
                usage._inputs.UnionWith(field.Arguments.Values.Select(a => TypeReferences.NamedType(a.Type)));
            }

            usage._inputs.UnionWith(type.InputFields.Values.Select(f => TypeReferences.NamedType(f.Type)));
        }

        return usage;
    }
}
