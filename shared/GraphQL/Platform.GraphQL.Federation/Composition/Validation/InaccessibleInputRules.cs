using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>REQUIRED_INACCESSIBLE</c>: a required argument or input field cannot be hidden, since clients could then never
/// send a valid value; <c>DEFAULT_VALUE_USES_INACCESSIBLE</c>: a visible default value cannot name a hidden enum value.
/// </summary>
internal static class InaccessibleInputRules
{
    public static void Check(MergedSchema merged, List<CompositionError> errors)
    {
        foreach (var type in merged.Types.Values.Where(t => !t.Inaccessible))
        {
            foreach (var field in type.Fields.Values.Where(f => !f.Inaccessible))
            {
                foreach (var argument in field.Arguments.Values)
                {
                    Check(merged, $"argument \"{type.Name}.{field.Name}({argument.Name}:)\"", argument, errors);
                }
            }

            foreach (var field in type.InputFields.Values)
            {
                Check(merged, $"input field \"{type.Name}.{field.Name}\"", field, errors);
            }
        }
    }

    private static void Check(MergedSchema merged, string coordinate, MergedInputValue value, List<CompositionError> errors)
    {
        if (value.Inaccessible && TypeReferences.IsRequired(value.Type, value.DefaultValue))
        {
            errors.Add(new CompositionError(
                CompositionCodes.RequiredInaccessible,
                $"The {coordinate} is @inaccessible but is required: a client could never provide it."));
        }

        if (!value.Inaccessible && value.DefaultValue is { } defaultValue
            && merged.Types.TryGetValue(TypeReferences.NamedType(value.Type), out var enumType)
            && EnumNames(defaultValue).FirstOrDefault(name => enumType.Values.TryGetValue(name, out var v) && v.Inaccessible) is { } hidden)
        {
            errors.Add(new CompositionError(
                CompositionCodes.DefaultValueUsesInaccessible,
                $"The default value of {coordinate} uses the enum value \"{enumType.Name}.{hidden}\", which is @inaccessible."));
        }
    }

    private static IEnumerable<string> EnumNames(ValueNode value) => value switch
    {
        EnumValueNode enumValue => [enumValue.Value],
        ListValueNode list => list.Values.SelectMany(EnumNames),
        _ => [],
    };
}
