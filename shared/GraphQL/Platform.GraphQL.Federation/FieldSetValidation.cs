using Platform.GraphQL.Federation.Composition;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation;

/// <summary>
/// Checks, when the subgraph starts, that every <c>@key</c>, <c>@requires</c> and <c>@provides</c> field set parses and
/// selects fields that exist: <c>@key</c> and <c>@requires</c> on their own type, <c>@provides</c> on the field's type.
/// </summary>
internal static class FieldSetValidation
{
    /// <exception cref="SchemaException">One error per broken field set, naming the type, field and directive.</exception>
    public static void Validate(Schema schema, FederationLink link)
    {
        var (key, requires, provides) = (link.Directive("key"), link.Directive("requires"), link.Directive("provides"));
        var errors = new List<string>();
        foreach (var type in schema.TypeMap.Values.OfType<IComplexOutputType>())
        {
            var named = (NamedType)type;
            if (named.IsIntrospectionType)
            {
                continue;
            }

            foreach (var directive in named.AppliedDirectives.Where(d => d.Name.Value == key))
            {
                Check(schema, directive, named, $"The @{key} on {named.Name}", errors);
            }

            foreach (var field in type.Fields.Values)
            {
                foreach (var directive in field.AppliedDirectives)
                {
                    if (directive.Name.Value == requires)
                    {
                        Check(schema, directive, named, $"The @{requires} on {named.Name}.{field.Name}", errors);
                    }
                    else if (directive.Name.Value == provides)
                    {
                        Check(schema, directive, field.Type.NamedType, $"The @{provides} on {named.Name}.{field.Name}", errors);
                    }
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new SchemaException(string.Join("\n", errors));
        }
    }

    private static void Check(Schema schema, DirectiveNode directive, NamedType type, string where, List<string> errors)
    {
        if (directive.Arguments.FirstOrDefault(a => a.Name.Value == "fields")?.Value is not StringValueNode { Value: var source })
        {
            errors.Add($"{where} has no \"fields\" string.");
            return;
        }

        try
        {
            CheckSelections(schema, FieldSet.Parse(source).SelectionSet, type, $"{where} (fields: \"{source}\")", errors);
        }
        catch (GraphQLError syntaxError)
        {
            errors.Add($"{where} has fields \"{source}\" that do not parse: {syntaxError.Message}");
        }
    }

    private static void CheckSelections(Schema schema, SelectionSetNode selectionSet, NamedType type, string where, List<string> errors)
    {
        if (type is not IComplexOutputType and not UnionType)
        {
            errors.Add($"{where} selects fields of {type.Name}, which has none.");
            return;
        }

        var fields = (type as IComplexOutputType)?.Fields ?? new OrderedDictionary<string, FieldDefinition>();

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when field.Name.Value == "__typename":
                    break;
                case FieldNode field when !fields.ContainsKey(field.Name.Value):
                    errors.Add($"{where} selects \"{field.Name.Value}\", which {type.Name} does not have.");
                    break;
                case FieldNode field:
                    var fieldType = fields[field.Name.Value].Type.NamedType;
                    if (field.SelectionSet is { } subSelection)
                    {
                        CheckSelections(schema, subSelection, fieldType, where, errors);
                    }
                    else if (fieldType is IComplexOutputType or UnionType)
                    {
                        errors.Add($"{where} selects \"{field.Name.Value}\" of type {fieldType.Name} without selecting its fields.");
                    }

                    break;
                case InlineFragmentNode fragment when fragment.TypeCondition is { } condition && schema.GetType(condition.Name.Value) is null:
                    errors.Add($"{where} has a fragment on \"{condition.Name.Value}\", which is not a type of the schema.");
                    break;
                case InlineFragmentNode fragment:
                    CheckSelections(schema, fragment.SelectionSet, fragment.TypeCondition is { } typeCondition ? schema.GetType(typeCondition.Name.Value)! : type, where, errors);
                    break;
                default:
                    errors.Add($"{where} uses a named fragment, which field sets cannot.");
                    break;
            }
        }
    }
}
