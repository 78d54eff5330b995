using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>REQUIRES_INVALID_FIELDS</c>, <c>REQUIRES_FIELDS_MISSING_EXTERNAL</c>, <c>PROVIDES_INVALID_FIELDS</c>,
/// <c>PROVIDES_FIELDS_MISSING_EXTERNAL</c>, <c>PROVIDES_ON_NON_OBJECT_FIELD</c>, <c>PROVIDES_FIELDS_HAS_ARGS</c>: <c>@requires</c> selects fields of the
/// parent type, <c>@provides</c> fields of the field's type; what they select at the top is <c>@external</c> here.
/// </summary>
internal static class RequiresProvidesRules
{
    public static void Check(SubgraphSchema subgraph, List<CompositionError> errors)
    {
        foreach (var type in subgraph.Types.Values)
        {
            foreach (var field in type.Fields.Values)
            {
                var coordinate = $"\"{type.Name}.{field.Name}\"";
                if (field.Requires is { } requires)
                {
                    CheckFieldSet(subgraph, type, requires, "requires", coordinate, errors);
                }

                if (field.Provides is { } provides)
                {
                    var target = subgraph.Types.GetValueOrDefault(TypeReferences.NamedType(field.Type));
                    if (target?.Kind is not (TypeKind.Object or TypeKind.Interface))
                    {
                        errors.Add(new CompositionError(
                            CompositionCodes.ProvidesOnNonObjectField,
                            $"[{subgraph.Name}] Invalid @provides directive on field {coordinate}: field has type \"{TypeReferences.Print(field.Type)}\" "
                            + "which is not a Composite Type"));
                        continue;
                    }

                    CheckFieldSet(subgraph, target, provides, "provides", coordinate, errors);
                }
            }
        }
    }

    private static void CheckFieldSet(
        SubgraphSchema subgraph, SubgraphType type, string fieldSet, string directive, string coordinate, List<CompositionError> errors)
    {
        var (fields, problem) = FieldSetWalker.Walk(subgraph, type, fieldSet, allowArguments: true);
        if (problem is not null)
        {
            errors.Add(new CompositionError(
                directive == "requires" ? CompositionCodes.RequiresInvalidFields : CompositionCodes.ProvidesInvalidFields,
                $"[{subgraph.Name}] On field {coordinate}, for @{directive}(fields: \"{fieldSet}\"): {problem} (the fields argument is invalid)."));
            return;
        }

        foreach (var (parent, selected, depth) in fields)
        {
            if (directive == "provides" && selected.Arguments.Count > 0)
            {
                errors.Add(new CompositionError(
                    CompositionCodes.ProvidesFieldsHasArgs,
                    $"[{subgraph.Name}] On field {coordinate}, for @provides(fields: \"{fieldSet}\"): field {parent.Name}.{selected.Name} cannot be "
                    + "included because it has arguments (fields with argument are not allowed in @provides)"));
            }

            if (depth == 0 && !selected.External)
            {
                errors.Add(new CompositionError(
                    directive == "requires" ? CompositionCodes.RequiresFieldsMissingExternal : CompositionCodes.ProvidesFieldsMissingExternal,
                    $"[{subgraph.Name}] On field {coordinate}, for @{directive}(fields: \"{fieldSet}\"): field \"{parent.Name}.{selected.Name}\" "
                    + "should not be part of a @" + directive + " since it is already provided by this subgraph (it is not marked @external)"));
            }
        }
    }
}
