using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Unique directive names per location: "A GraphQL document is only valid if all non-repeatable directives at a given
/// location are uniquely named." A type and its extensions, the schema and its extensions, and a directive definition
/// and its extensions each count as one location.
/// See <see href="https://spec.graphql.org/draft/#sec-Directives-Are-Unique-Per-Location"/>.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(
        SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread,
        SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition, SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension,
        SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.FieldDefinition,
        SyntaxKind.InputValueDefinition, SyntaxKind.InterfaceTypeDefinition, SyntaxKind.UnionTypeDefinition,
        SyntaxKind.EnumTypeDefinition, SyntaxKind.EnumValueDefinition, SyntaxKind.InputObjectTypeDefinition,
        SyntaxKind.DirectiveDefinition, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension,
        SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension,
        SyntaxKind.InputObjectTypeExtension, SyntaxKind.DirectiveExtension);

    private readonly ValidationContextBase _context;
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _directiveDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _scratch = new(StringComparer.Ordinal);

    public UniqueDirectivesPerLocationRule(ValidationContextBase context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var directives = node switch
        {
            IHasDirectives withDirectives => withDirectives.Directives,
            DirectiveDefinitionNode directiveDefinition => directiveDefinition.Directives,
            _ => [],
        };
        if (directives.Count == 0)
        {
            return VisitorAction.Continue;
        }

        Dictionary<string, DirectiveNode> seen;
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                seen = _schemaDirectives;
                break;
            case TypeDefinitionNode or TypeExtensionNode:
                seen = SeenAt(_typeDirectives, ((INamedSyntaxNode)node).Name.Value);
                break;
            case DirectiveDefinitionNode or DirectiveExtensionNode:
                seen = SeenAt(_directiveDirectives, ((INamedSyntaxNode)node).Name.Value);
                break;
            default:
                seen = _scratch;
                seen.Clear();
                break;
        }

        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (_context.Directives.Find(name) is not { IsRepeatable: false })
            {
                continue;
            }

            if (seen.TryGetValue(name, out var seenDirective))
            {
                _context.ReportError(new GraphQLError(
                    $"The directive \"@{name}\" can only be used once at this location.", [seenDirective, directive]));
            }
            else
            {
                seen[name] = directive;
            }
        }

        return VisitorAction.Continue;
    }

    private static Dictionary<string, DirectiveNode> SeenAt(Dictionary<string, Dictionary<string, DirectiveNode>> byName, string name)
    {
        if (!byName.TryGetValue(name, out var seen))
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            byName[name] = seen;
        }

        return seen;
    }
}
