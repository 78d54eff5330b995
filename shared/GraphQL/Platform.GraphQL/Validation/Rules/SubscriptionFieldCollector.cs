using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// The part of graphql-js's <c>collectFields</c> that <see cref="SingleFieldSubscriptionsRule"/> uses: the root
/// fields of a subscription grouped by response key, with <c>@skip</c> and <c>@include</c> forbidden (collected
/// instead of evaluated) and <c>@defer</c> evaluated without variables, as graphql-js does during validation.
/// </summary>
internal sealed class SubscriptionFieldCollector
{
    private readonly ValidationContext _context;
    private readonly ObjectType _runtimeType;
    private readonly Dictionary<string, List<DirectiveNode?>> _visitedFragments = new(StringComparer.Ordinal);
    private readonly Stack<(SelectionSetNode Set, int Next, DirectiveNode? Defer)> _frames = new();

    public SubscriptionFieldCollector(ValidationContext context, ObjectType runtimeType)
    {
        _context = context;
        _runtimeType = runtimeType;
    }

    /// <summary>The collected fields by response key, in the order the keys were first seen.</summary>
    public OrderedDictionary<string, List<FieldNode>> GroupedFields { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>@skip</c> and <c>@include</c> directives met on the way.</summary>
    public List<DirectiveNode> ForbiddenDirectives { get; } = [];

    public void Collect(SelectionSetNode selectionSet)
    {
        Push(selectionSet, null);
        while (_frames.Count > 0)
        {
            var (set, next, defer) = _frames.Pop();
            if (next == set.Selections.Count)
            {
                continue;
            }

            _frames.Push((set, next + 1, defer));
            switch (set.Selections[next])
            {
                case FieldNode field when ShouldInclude(field):
                    if (!GroupedFields.TryGetValue(field.ResponseKey, out var fields))
                    {
                        fields = [];
                        GroupedFields.Add(field.ResponseKey, fields);
                    }

                    fields.Add(field);
                    break;
                case InlineFragmentNode inline when ShouldInclude(inline) && ConditionMatches(inline.TypeCondition):
                    Push(inline.SelectionSet, DeferDirective(inline) ?? defer);
                    break;
                case FragmentSpreadNode spread when ShouldInclude(spread):
                    VisitSpread(spread, defer);
                    break;
            }
        }
    }

    private void VisitSpread(FragmentSpreadNode spread, DirectiveNode? defer)
    {
        var name = spread.Name.Value;
        if (_context.GetFragment(name) is not { } fragment || !ConditionMatches(fragment.TypeCondition))
        {
            return;
        }

        var effectiveDefer = DeferDirective(spread) ?? defer;
        if (!_visitedFragments.TryGetValue(name, out var visitedDefers))
        {
            visitedDefers = [];
            _visitedFragments[name] = visitedDefers;
        }

        if (visitedDefers.Contains(null) || (effectiveDefer is not null && visitedDefers.Contains(effectiveDefer)))
        {
            return;
        }

        visitedDefers.Add(effectiveDefer);
        Push(fragment.SelectionSet, effectiveDefer);
    }

    // graphql-js's validation spends fragment work on every selection set it enters here.
    private void Push(SelectionSetNode selectionSet, DirectiveNode? defer)
    {
        _context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            _context.SpendFragmentWork(selection.Directives.Count);
            _context.SpendFragmentWork(Find(selection.Directives, "defer")?.Arguments.Count ?? 0);
        }

        _frames.Push((selectionSet, 0, defer));
    }

    private bool ShouldInclude(SelectionNode selection)
    {
        if (Find(selection.Directives, "skip") is { } skip)
        {
            ForbiddenDirectives.Add(skip);
            return false;
        }

        if (Find(selection.Directives, "include") is { } include)
        {
            ForbiddenDirectives.Add(include);
            return false;
        }

        return true;
    }

    private bool ConditionMatches(NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionalType = _context.Schema.GetType(typeCondition.Name.Value);
        return ReferenceEquals(conditionalType, _runtimeType)
            || (conditionalType is IAbstractType && _context.Schema.IsSubType(conditionalType, _runtimeType));
    }

    /// <summary>The <c>@defer</c> directive of a fragment when it defers (its <c>if</c> is not false).</summary>
    private static DirectiveNode? DeferDirective(SelectionNode selection) =>
        Find(selection.Directives, "defer") is { } defer && DeferArguments.IsDeferred(defer) ? defer : null;

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }
}
