using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Maximum introspection depth (graphql-js, not a spec rule): an introspection query may nest the list fields
/// <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> less than three deep, fragments
/// included, so that introspection cannot be used to build huge responses.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Field);

    private readonly ValidationContext _context;

    // The smallest depth a fragment was entered at and found within limits, or found to exceed them.
    private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

    public MaxIntrospectionDepthRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var field = (FieldNode)node;
        var name = field.Name.Value;
        if (name is not ("__schema" or "__type"))
        {
            return VisitorAction.Continue;
        }

        if (ExceedsDepth(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            _context.ReportError(new GraphQLError("Maximum introspection depth exceeded", [field]));
            return VisitorAction.Skip;
        }

        return VisitorAction.Continue;
    }

    private bool ExceedsDepth(SelectionNode selection, Dictionary<string, int> visitedFragments, int depth)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ValidationAbortedException(new GraphQLError("Validation aborted."));
        }

        switch (selection)
        {
            case FragmentSpreadNode spread:
                return SpreadExceedsDepth(spread.Name.Value, visitedFragments, depth);
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                {
                    return true;
                }

                return field.SelectionSet is { } selectionSet && AnyExceedsDepth(selectionSet, visitedFragments, depth);
            case InlineFragmentNode inline:
                return AnyExceedsDepth(inline.SelectionSet, visitedFragments, depth);
            default:
                return false;
        }
    }

    private bool SpreadExceedsDepth(string fragmentName, Dictionary<string, int> visitedFragments, int depth)
    {
        if (_exceededFragments.TryGetValue(fragmentName, out var exceededDepth) && exceededDepth <= depth)
        {
            return true;
        }

        if ((visitedFragments.TryGetValue(fragmentName, out var visitedDepth) && visitedDepth >= depth)
            || (_checkedFragments.TryGetValue(fragmentName, out var checkedDepth) && checkedDepth >= depth))
        {
            return false;
        }

        if (_context.GetFragment(fragmentName) is not { } fragment)
        {
            return false;
        }

        visitedFragments[fragmentName] = depth;
        if (AnyExceedsDepth(fragment.SelectionSet, visitedFragments, depth))
        {
            _exceededFragments[fragmentName] = depth;
            return true;
        }

        _checkedFragments[fragmentName] = depth;
        return false;
    }

    private bool AnyExceedsDepth(SelectionSetNode selectionSet, Dictionary<string, int> visitedFragments, int depth)
    {
        foreach (var child in selectionSet.Selections)
        {
            if (ExceedsDepth(child, visitedFragments, depth))
            {
                return true;
            }
        }

        return false;
    }
}
