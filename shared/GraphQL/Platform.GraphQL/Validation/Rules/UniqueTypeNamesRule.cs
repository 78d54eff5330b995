using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Unique type names: "All types within a GraphQL schema must have unique names. No two provided types may have
/// the same name."
/// See <see href="https://spec.graphql.org/draft/#sec-Types"/>.
/// </summary>
public sealed class UniqueTypeNamesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(
        SyntaxKind.ScalarTypeDefinition,
        SyntaxKind.ObjectTypeDefinition,
        SyntaxKind.InterfaceTypeDefinition,
        SyntaxKind.UnionTypeDefinition,
        SyntaxKind.EnumTypeDefinition,
        SyntaxKind.InputObjectTypeDefinition);

    private readonly SdlValidationContext _context;
    private readonly Dictionary<string, NameNode> _knownTypeNames = new(StringComparer.Ordinal);

    public UniqueTypeNamesRule(SdlValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var nameNode = ((TypeDefinitionNode)node).Name;
        var typeName = nameNode.Value;
        if (_context.Schema?.GetType(typeName) is not null)
        {
            _context.ReportError(new GraphQLError(
                $"Type \"{typeName}\" already exists in the schema. It cannot also be defined in this type definition.", [nameNode]));
            return VisitorAction.Continue;
        }

        if (_knownTypeNames.TryGetValue(typeName, out var known))
        {
            _context.ReportError(new GraphQLError($"There can be only one type named \"{typeName}\".", [known, nameNode]));
        }
        else
        {
            _knownTypeNames.Add(typeName, nameNode);
        }

        return VisitorAction.Skip;
    }
}
