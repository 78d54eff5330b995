using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Field selection merging: "If multiple field selections with the same response names are encountered during
/// execution, the field and arguments to execute and the resulting value should be unambiguous. Therefore any two
/// field selections which might both be encountered for the same object are only valid if they are equivalent."
/// See <see href="https://spec.graphql.org/draft/#sec-Field-Selection-Merging"/>.
/// </summary>
/// <remarks>
/// graphql-js 17's algorithm: fields are collected once per selection set and parent type, and every comparison of
/// a field set with a fragment, or of two fragments, is remembered so that repeated spreads cost nothing more.
/// A complexity budget stops validation ("Validation aborted.") on documents built to make the check explode.
/// Fragment arguments (an experimental graphql-js parser option) are not part of the language here, so every
/// fragment has one variable scope and the "Spreads … have different fragment arguments" error cannot arise.
/// </remarks>
public sealed partial class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private const int ComplexityBudget = 500_000;

    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.SelectionSet);

    private readonly ValidationContext _context;
    private readonly ArgumentValueComparer _valueComparer = new();
    private readonly List<Conflict> _conflicts = [];
    private int _remainingComplexity = ComplexityBudget;

    public OverlappingFieldsCanBeMergedRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    private Schema Schema => _context.Schema;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        // An inline fragment's fields were already compared as part of the enclosing selection set.
        var selectionSet = (SelectionSetNode)node;
        if (ancestors.Count > 0 && ancestors[^1] is InlineFragmentNode)
        {
            return VisitorAction.Continue;
        }

        var selections = selectionSet.Selections;
        if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode))
        {
            return VisitorAction.Continue;
        }

        _conflicts.Clear();
        FindConflictsWithinSelectionSet(_conflicts, _context.GetParentType(), selectionSet);
        foreach (var conflict in _conflicts)
        {
            _context.ReportError(new GraphQLError(conflict.ToMessage(), conflict.ToNodes()));
        }

        return VisitorAction.Continue;
    }

    private FragmentDefinitionNode? GetFragment(string name) => _context.GetFragment(name);

    private void SpendComplexity(int cost)
    {
        _remainingComplexity -= cost;
        if (_remainingComplexity < 0)
        {
            throw AbortValidation();
        }
    }

    private static ValidationAbortedException AbortValidation() => new(new GraphQLError("Validation aborted."));
}
