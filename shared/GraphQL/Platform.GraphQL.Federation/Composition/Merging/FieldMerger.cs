using Platform.GraphQL.Federation.Composition.Reading;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Merging;

/// <summary>Merges the output fields of an object or interface type, and each field's arguments.</summary>
internal static class FieldMerger
{
    public static void Merge(MergedSchema merged, MergedType type, List<CompositionError> errors)
    {
        foreach (var (subgraphName, subgraphType) in type.Definitions)
        {
            var subgraph = merged.Subgraph(subgraphName);
            foreach (var field in subgraphType.Fields.Values)
            {
                if (!type.Fields.TryGetValue(field.Name, out var target))
                {
                    target = new MergedField { Name = field.Name, Type = field.Type };
                    type.Fields[field.Name] = target;
                }

                target.Definitions.Add(new Definition<SubgraphField>(subgraphName, field));
                target.Description ??= field.Description;
                target.Deprecated ??= field.Deprecated;
                target.Inaccessible |= field.Inaccessible;
                ComposedDirectives.AddKept(merged, subgraph, target.Directives, field.OtherDirectives);
            }
        }

        foreach (var field in type.Fields.Values)
        {
            Validation.ExternalTypeRule.Check(merged, type, field, errors);
            MergeType(merged, type, field, errors);
            MergeArguments(merged, type, field, errors);
        }
    }

    /// <summary>The definitions that decide a field's shape: external declarations only count when nothing else defines it.</summary>
    public static List<Definition<SubgraphField>> Deciding(MergedField field)
    {
        var resolving = field.Definitions.Where(d => !d.Element.External).ToList();
        return resolving.Count > 0 ? resolving : field.Definitions;
    }

    private static void MergeType(MergedSchema merged, MergedType type, MergedField field, List<CompositionError> errors)
    {
        var definitions = field.Definitions;
        var result = definitions[0].Element.Type;
        foreach (var definition in definitions.Skip(1))
        {
            var next = TypeReferences.MergeOutput(result, definition.Element.Type, (sub, super) => Subtyping.IsSubtype(merged, sub, super));
            if (next is null)
            {
                errors.Add(new CompositionError(CompositionCodes.FieldTypeMismatch, Mismatch($"field \"{type.Name}.{field.Name}\"", definitions)));
                return;
            }

            result = next;
        }

        field.Type = result;
    }

    private static void MergeArguments(MergedSchema merged, MergedType type, MergedField field, List<CompositionError> errors)
    {
        var definitions = Deciding(field);
        var names = definitions.SelectMany(d => d.Element.Arguments.Keys).Distinct().ToList();
        foreach (var name in names)
        {
            var coordinate = $"\"{type.Name}.{field.Name}({name}:)\"";
            var present = definitions.Where(d => d.Element.Arguments.ContainsKey(name))
                .Select(d => new Definition<SubgraphInputValue>(d.Subgraph, d.Element.Arguments[name])).ToList();
            if (present.Count < definitions.Count)
            {
                var required = present.FirstOrDefault(d => TypeReferences.IsRequired(d.Element.Type, d.Element.DefaultValue));
                if (required.Element is not null)
                {
                    var missing = definitions.Where(d => !d.Element.Arguments.ContainsKey(name)).Select(d => $"\"{d.Subgraph}\"");
                    errors.Add(new CompositionError(
                        CompositionCodes.RequiredArgumentMissingInSomeSubgraph,
                        $"Argument {coordinate} is required in some subgraphs but does not appear in all subgraphs: "
                        + $"it is required in subgraph \"{required.Subgraph}\" but does not appear in {string.Join(", ", missing)}"));
                }

                continue;
            }

            if (InputValueMerger.Merge(present, coordinate, "Argument", errors) is { } argument)
            {
                field.Arguments[name] = argument;
                foreach (var definition in present)
                {
                    ComposedDirectives.AddKept(merged, merged.Subgraph(definition.Subgraph), argument.Directives, definition.Element.OtherDirectives);
                }
            }
        }
    }

    public static string Mismatch<T>(string what, List<Definition<T>> definitions)
        where T : class
    {
        var groups = definitions
            .GroupBy(d => TypeReferences.Print(d.Element switch
            {
                SubgraphField f => f.Type,
                SubgraphInputValue v => v.Type,
                _ => throw new ArgumentOutOfRangeException(nameof(definitions)),
            }))
            .Select(g => $"type \"{g.Key}\" in subgraph{(g.Count() > 1 ? "s" : "")} {string.Join(" and ", g.Select(d => $"\"{d.Subgraph}\""))}");
        return $"Type of {what} is incompatible across subgraphs: it has {string.Join(" but ", groups)}";
    }
}
