using Platform.GraphQL.Federation.Composition.Reading;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Merging;

/// <summary>Merges one argument or input field that every given subgraph declares: type (most restrictive) and default value.</summary>
internal static class InputValueMerger
{
    public static MergedInputValue? Merge(
        List<Definition<SubgraphInputValue>> definitions, string coordinate, string what, List<CompositionError> errors)
    {
        var first = definitions[0].Element;
        var type = first.Type;
        foreach (var definition in definitions.Skip(1))
        {
            var next = TypeReferences.MergeInput(type, definition.Element.Type);
            if (next is null)
            {
                var code = what == "Argument" ? CompositionCodes.FieldArgumentTypeMismatch : CompositionCodes.FieldTypeMismatch;
                errors.Add(new CompositionError(code, FieldMerger.Mismatch($"{what.ToLowerInvariant()} {coordinate}", definitions)));
                return null;
            }

            type = next;
        }

        var defaults = definitions.Select(d => d.Element.DefaultValue is { } value ? Printer.Print(value) : null).Distinct().ToList();
        if (defaults.Count > 1)
        {
            var code = what == "Argument" ? CompositionCodes.FieldArgumentDefaultMismatch : CompositionCodes.InputFieldDefaultMismatch;
            var described = definitions.Select(d => $"{(d.Element.DefaultValue is { } v ? Printer.Print(v) : "no default")} in subgraph \"{d.Subgraph}\"");
            errors.Add(new CompositionError(
                code, $"{what} {coordinate} has incompatible default values across subgraphs: it has {string.Join(" but ", described)}"));
            return null;
        }

        return new MergedInputValue
        {
            Name = first.Name,
            Type = type,
            DefaultValue = first.DefaultValue,
            Description = definitions.Select(d => d.Element.Description).FirstOrDefault(d => d is not null),
            Deprecated = definitions.Select(d => d.Element.Deprecated).FirstOrDefault(d => d is not null),
            Inaccessible = definitions.Any(d => d.Element.Inaccessible),
        };
    }
}
