using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// No unused fragments: "A GraphQL document is only valid if all fragment definitions are spread within operations,
/// or spread within other fragments spread within operations."
/// See <see href="https://spec.graphql.org/draft/#sec-Fragments-Must-Be-Used"/>.
/// </summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds =
        new(SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition);

    private readonly ValidationContext _context;
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public NoUnusedFragmentsRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                _operations.Add(operation);
                return VisitorAction.Skip;
            case FragmentDefinitionNode fragment:
                _fragments.Add(fragment);
                return VisitorAction.Skip;
            default:
                return VisitorAction.Continue;
        }
    }

    public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (node is not DocumentNode)
        {
            return VisitorAction.Continue;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in _context.GetRecursivelyReferencedFragmentsForOperations(_operations))
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                _context.ReportError(new GraphQLError($"Fragment \"{fragment.Name.Value}\" is never used.", [fragment]));
            }
        }

        return VisitorAction.Continue;
    }
}
