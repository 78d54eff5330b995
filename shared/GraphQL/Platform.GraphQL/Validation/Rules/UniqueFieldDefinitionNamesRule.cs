using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Unique field definition names: "The field must have a unique name within that Object type; no two fields may
/// share the same name" (likewise for interfaces and input objects), also across extensions and the fields the
/// extended schema already has.
/// See <see href="https://spec.graphql.org/draft/#sec-Objects.Type-Validation"/>.
/// </summary>
public sealed class UniqueFieldDefinitionNamesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(
        SyntaxKind.InputObjectTypeDefinition,
        SyntaxKind.InputObjectTypeExtension,
        SyntaxKind.InterfaceTypeDefinition,
        SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.ObjectTypeDefinition,
        SyntaxKind.ObjectTypeExtension);

    private readonly SdlValidationContext _context;
    private readonly Dictionary<string, Dictionary<string, NameNode>> _knownFieldNames = new(StringComparer.Ordinal);

    public UniqueFieldDefinitionNamesRule(SdlValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var typeName = ((INamedSyntaxNode)node).Name.Value;
        if (!_knownFieldNames.TryGetValue(typeName, out var fieldNames))
        {
            fieldNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            _knownFieldNames.Add(typeName, fieldNames);
        }

        var existingType = _context.Schema?.GetType(typeName);
        foreach (var fieldName in FieldNames(node))
        {
            var name = fieldName.Value;
            if (HasField(existingType, name))
            {
                _context.ReportError(new GraphQLError(
                    $"Field \"{typeName}.{name}\" already exists in the schema. It cannot also be defined in this type extension.",
                    [fieldName]));
                continue;
            }

            if (fieldNames.TryGetValue(name, out var known))
            {
                _context.ReportError(new GraphQLError($"Field \"{typeName}.{name}\" can only be defined once.", [known, fieldName]));
            }
            else
            {
                fieldNames.Add(name, fieldName);
            }
        }

        return VisitorAction.Skip;
    }

    private static IEnumerable<NameNode> FieldNames(SyntaxNode node)
    {
        switch (node)
        {
            case InputObjectTypeDefinitionNode inputDefinition:
                return NamesOf(inputDefinition.Fields);
            case InputObjectTypeExtensionNode inputExtension:
                return NamesOf(inputExtension.Fields);
            case InterfaceTypeDefinitionNode interfaceDefinition:
                return NamesOf(interfaceDefinition.Fields);
            case InterfaceTypeExtensionNode interfaceExtension:
                return NamesOf(interfaceExtension.Fields);
            case ObjectTypeDefinitionNode objectDefinition:
                return NamesOf(objectDefinition.Fields);
            default:
                return NamesOf(((ObjectTypeExtensionNode)node).Fields);
        }
    }

    private static IEnumerable<NameNode> NamesOf<T>(IReadOnlyList<T> definitions)
        where T : INamedSyntaxNode
    {
        foreach (var definition in definitions)
        {
            yield return definition.Name;
        }
    }

    private static bool HasField(NamedType? type, string fieldName) => type switch
    {
        IComplexOutputType complex => complex.Fields.ContainsKey(fieldName),
        InputObjectType inputObject => inputObject.Fields.ContainsKey(fieldName),
        _ => false,
    };
}
