using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

public static partial class SchemaValidator
{
    private static void ValidateUnionMembers(Context context, UnionType union)
    {
        context.Schema.Unrepresentable.UnionMembers.TryGetValue(union, out var notObjects);
        if (union.Types.Count == 0 && notObjects is null)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", DefinitionNodes(union));
        }

        var includedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!includedNames.Add(member.Name))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", UnionMemberNodes(union, member.Name));
            }
        }

        foreach (var name in notObjects ?? [])
        {
            context.Report($"Union type {union.Name} can only include Object types, it cannot include {name}.", UnionMemberNodes(union, name));
        }
    }

    private static List<SyntaxNode?> UnionMemberNodes(UnionType union, string typeName)
    {
        var nodes = new List<SyntaxNode?>();
        foreach (var node in DefinitionNodes(union))
        {
            var members = node switch
            {
                UnionTypeDefinitionNode definition => definition.Types,
                UnionTypeExtensionNode extension => extension.Types,
                _ => [],
            };
            foreach (var member in members)
            {
                if (member.Name.Value == typeName)
                {
                    nodes.Add(member);
                }
            }
        }

        return nodes;
    }

    private static void ValidateEnumValues(Context context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType.Name} must define one or more values.", DefinitionNodes(enumType));
        }

        foreach (var value in enumType.Values.Values)
        {
            ValidateName(context, value.Name, value.AstNode);
        }
    }

    private static void ValidateInputFields(Context context, InputObjectType inputObject)
    {
        if (inputObject.Fields.Count == 0)
        {
            context.Report($"Input Object type {inputObject.Name} must define one or more fields.", DefinitionNodes(inputObject));
        }

        foreach (var field in inputObject.Fields.Values)
        {
            var coordinate = $"{inputObject.Name}.{field.Name}";
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsInputType)
            {
                context.Report($"The type of {coordinate} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (IsRequired(field) && field.IsDeprecated)
            {
                context.Report(
                    $"Required input field {coordinate} cannot be deprecated.",
                    DeprecatedDirective(field.AstNode),
                    field.AstNode?.Type);
            }

            ValidateDefaultValue(context, field, coordinate);

            if (inputObject.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    context.Report($"OneOf input field {coordinate} must be nullable.", field.AstNode?.Type);
                }

                if (HasDefault(field))
                {
                    context.Report($"OneOf input field {coordinate} cannot have a default value.", field.AstNode);
                }
            }
        }
    }
}
