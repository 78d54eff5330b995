using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>REFERENCED_INACCESSIBLE</c>: an element clients can see may not use a type they cannot;
/// <c>ONLY_INACCESSIBLE_CHILDREN</c>: a visible type keeps at least one visible field or value.
/// </summary>
internal static class InaccessibleRules
{
    public static void Check(MergedSchema merged, List<CompositionError> errors)
    {
        foreach (var type in merged.Types.Values.Where(t => !t.Inaccessible))
        {
            foreach (var field in type.Fields.Values.Where(f => !f.Inaccessible))
            {
                CheckReference(merged, $"{type.Name}.{field.Name}", field.Type, errors);
                foreach (var argument in field.Arguments.Values.Where(a => !a.Inaccessible))
                {
                    CheckReference(merged, $"{type.Name}.{field.Name}({argument.Name}:)", argument.Type, errors);
                }
            }

            foreach (var field in type.InputFields.Values.Where(f => !f.Inaccessible))
            {
                CheckReference(merged, $"{type.Name}.{field.Name}", field.Type, errors);
            }

            var children = type.Kind switch
            {
                TypeKind.Object or TypeKind.Interface => type.Fields.Values.Select(f => f.Inaccessible).ToList(),
                TypeKind.InputObject => type.InputFields.Values.Select(f => f.Inaccessible).ToList(),
                TypeKind.Enum => type.Values.Values.Select(v => v.Inaccessible).ToList(),
                _ => [],
            };
            if (children.Count > 0 && children.All(inaccessible => inaccessible))
            {
                errors.Add(new CompositionError(
                    CompositionCodes.OnlyInaccessibleChildren,
                    $"Type \"{type.Name}\" is in the API schema but all of its members are @inaccessible."));
            }
        }
    }

    private static void CheckReference(MergedSchema merged, string coordinate, Language.TypeNode type, List<CompositionError> errors)
    {
        var named = TypeReferences.NamedType(type);
        if (merged.Types.TryGetValue(named, out var target) && target.Inaccessible)
        {
            errors.Add(new CompositionError(
                CompositionCodes.ReferencedInaccessible,
                $"Type \"{named}\" is @inaccessible but is referenced by \"{coordinate}\", which is in the API schema."));
        }
    }
}
