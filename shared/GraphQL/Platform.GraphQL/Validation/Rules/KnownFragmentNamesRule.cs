using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Known fragment names: "A GraphQL document is only valid if all `...Fragment` fragment spreads refer to fragments
/// defined in the same document."
/// See <see href="https://spec.graphql.org/draft/#sec-Fragment-spread-target-defined"/>.
/// </summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.FragmentSpread);

    private readonly ValidationContext _context;

    public KnownFragmentNamesRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var spread = (FragmentSpreadNode)node;
        if (_context.GetFragment(spread.Name.Value) is null)
        {
            _context.ReportError(new GraphQLError($"Unknown fragment \"{spread.Name.Value}\".", [spread.Name]));
        }

        return VisitorAction.Continue;
    }
}
