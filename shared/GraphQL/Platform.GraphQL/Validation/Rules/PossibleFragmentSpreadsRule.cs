using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Possible fragment spread: "A fragment spread is only valid if the type condition could ever possibly be true: if
/// there is a non-empty intersection of the possible parent types, and possible types which pass the type condition."
/// See <see href="https://spec.graphql.org/draft/#sec-Fragment-spread-is-possible"/>.
/// </summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.InlineFragment, SyntaxKind.FragmentSpread);

    private readonly ValidationContext _context;

    public PossibleFragmentSpreadsRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var schema = _context.Schema;
        switch (node)
        {
            case InlineFragmentNode inline:
                if (_context.GetType() is NamedType fragmentType and ICompositeType
                    && _context.GetParentType() is { } parentType and ICompositeType
                    && !schema.DoTypesOverlap(fragmentType, parentType))
                {
                    _context.ReportError(new GraphQLError(
                        $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                        [inline]));
                }

                break;
            case FragmentSpreadNode spread:
                var name = spread.Name.Value;
                if (GetFragmentType(name) is { } spreadType
                    && _context.GetParentType() is { } spreadParent
                    && !schema.DoTypesOverlap(spreadType, spreadParent))
                {
                    _context.ReportError(new GraphQLError(
                        $"Fragment \"{name}\" cannot be spread here as objects of type \"{spreadParent.Name}\" can never be of type \"{spreadType.Name}\".",
                        [spread]));
                }

                break;
        }

        return VisitorAction.Continue;
    }

    private NamedType? GetFragmentType(string name) =>
        _context.GetFragment(name) is { } fragment
        && _context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } type and ICompositeType
            ? type
            : null;
}
