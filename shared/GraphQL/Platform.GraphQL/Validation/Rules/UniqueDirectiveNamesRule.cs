using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Unique directive names: "All directives within a GraphQL schema must have unique names."
/// See <see href="https://spec.graphql.org/draft/#sec-Type-System.Directives"/>.
/// </summary>
public sealed class UniqueDirectiveNamesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.DirectiveDefinition);

    private readonly SdlValidationContext _context;
    private readonly Dictionary<string, NameNode> _knownDirectiveNames = new(StringComparer.Ordinal);

    public UniqueDirectiveNamesRule(SdlValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var nameNode = ((DirectiveDefinitionNode)node).Name;
        var directiveName = nameNode.Value;
        if (_context.Schema?.GetDirective(directiveName) is not null)
        {
            _context.ReportError(new GraphQLError(
                $"Directive \"@{directiveName}\" already exists in the schema. It cannot be redefined.", [nameNode]));
            return VisitorAction.Continue;
        }

        if (_knownDirectiveNames.TryGetValue(directiveName, out var known))
        {
            _context.ReportError(new GraphQLError($"There can be only one directive named \"@{directiveName}\".", [known, nameNode]));
        }
        else
        {
            _knownDirectiveNames.Add(directiveName, nameNode);
        }

        return VisitorAction.Skip;
    }
}
