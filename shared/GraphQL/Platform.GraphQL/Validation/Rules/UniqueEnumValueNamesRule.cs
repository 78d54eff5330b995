using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Unique enum value names: "An Enum type must define one or more unique enum values", also across its extensions
/// and the values the extended schema already has.
/// See <see href="https://spec.graphql.org/draft/#sec-Enums.Type-Validation"/>.
/// </summary>
public sealed class UniqueEnumValueNamesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.EnumTypeDefinition, SyntaxKind.EnumTypeExtension);

    private readonly SdlValidationContext _context;
    private readonly Dictionary<string, Dictionary<string, NameNode>> _knownValueNames = new(StringComparer.Ordinal);

    public UniqueEnumValueNamesRule(SdlValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var (typeName, values) = node is EnumTypeDefinitionNode definition
            ? (definition.Name.Value, definition.Values)
            : (((EnumTypeExtensionNode)node).Name.Value, ((EnumTypeExtensionNode)node).Values);
        if (!_knownValueNames.TryGetValue(typeName, out var valueNames))
        {
            valueNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            _knownValueNames.Add(typeName, valueNames);
        }

        var existingType = _context.Schema?.GetType(typeName) as EnumType;
        foreach (var valueDefinition in values)
        {
            var valueName = valueDefinition.Name.Value;
            if (existingType is not null && existingType.Values.ContainsKey(valueName))
            {
                _context.ReportError(new GraphQLError(
                    $"Enum value \"{typeName}.{valueName}\" already exists in the schema. It cannot also be defined in this type extension.",
                    [valueDefinition.Name]));
                continue;
            }

            if (valueNames.TryGetValue(valueName, out var known))
            {
                _context.ReportError(new GraphQLError(
                    $"Enum value \"{typeName}.{valueName}\" can only be defined once.", [known, valueDefinition.Name]));
            }
            else
            {
                valueNames.Add(valueName, valueDefinition.Name);
            }
        }

        return VisitorAction.Skip;
    }
}
