using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>KEY_INVALID_FIELDS</c>, <c>KEY_FIELDS_SELECT_INVALID_TYPE</c>, <c>KEY_FIELDS_HAS_ARGS</c>: a key selects existing
/// fields of its type, none of them of an interface or union type, none taking arguments.
/// </summary>
internal static class KeyRules
{
    public static void Check(SubgraphSchema subgraph, List<CompositionError> errors)
    {
        foreach (var type in subgraph.Types.Values)
        {
            foreach (var key in type.Keys)
            {
                var (fields, problem) = FieldSetWalker.Walk(subgraph, type, key.Fields);
                if (problem is not null)
                {
                    errors.Add(new CompositionError(
                        CompositionCodes.KeyInvalidFields,
                        $"[{subgraph.Name}] On type \"{type.Name}\", for @key(fields: \"{key.Fields}\"): {problem} (the fields argument is invalid)."));
                    continue;
                }

                foreach (var (parent, field, _) in fields)
                {
                    var named = subgraph.Types.GetValueOrDefault(TypeReferences.NamedType(field.Type));
                    if (named?.Kind is TypeKind.Interface or TypeKind.Union)
                    {
                        errors.Add(new CompositionError(
                            CompositionCodes.KeyFieldsSelectInvalidType,
                            $"[{subgraph.Name}] On type \"{type.Name}\", for @key(fields: \"{key.Fields}\"): field \"{parent.Name}.{field.Name}\" is "
                            + $"a{(named.Kind == TypeKind.Interface ? "n Interface" : " Union")} type which is not allowed in @key"));
                    }

                    if (field.Arguments.Count > 0)
                    {
                        errors.Add(new CompositionError(
                            CompositionCodes.KeyFieldsHasArgs,
                            $"[{subgraph.Name}] On type \"{type.Name}\", for @key(fields: \"{key.Fields}\"): field \"{parent.Name}.{field.Name}\" "
                            + "includes arguments (which is not allowed in @key)"));
                    }
                }
            }
        }
    }
}
