using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Defer and stream directives are used on valid operations: "Subscription operations must not use unconditional
/// @defer or @stream. Their if argument must be false or a variable, unless the selection or an enclosing selection
/// can be skipped via @skip or @include."
/// See "Defer And Stream Directives Are Used On Valid Operations" in the incremental delivery proposal,
/// <see href="https://github.com/graphql/graphql-spec/pull/742"/>.
/// </summary>
public sealed class DeferStreamDirectiveOnValidOperationsRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.OperationDefinition);

    private readonly ValidationContext _context;
    private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

    public DeferStreamDirectiveOnValidOperationsRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation != OperationType.Subscription)
        {
            return VisitorAction.Continue;
        }

        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        if (ForbidUnconditionalDeferStream(operation.SelectionSet, [], visitedFragments))
        {
            _checkedFragments.UnionWith(visitedFragments);
        }

        return VisitorAction.Continue;
    }

    /// <param name="parentSpreads">The fragment spreads that led here, outermost first; errors point at them too.</param>
    /// <returns>False when an error was reported for the selection set or what it contains.</returns>
    private bool ForbidUnconditionalDeferStream(
        SelectionSetNode selectionSet, List<FragmentSpreadNode> parentSpreads, HashSet<string> visitedFragments)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ValidationAbortedException(new GraphQLError("Validation aborted."));
        }

        var valid = true;
        foreach (var selection in selectionSet.Selections)
        {
            if (CanBeSkipped(selection.Directives))
            {
                continue;
            }

            foreach (var directive in selection.Directives)
            {
                var name = directive.Name.Value;
                if (name is "defer" or "stream" && !IfArgumentCanBeFalse(directive))
                {
                    valid = false;
                    Report(name == "defer" ? "Defer" : "Stream", name, directive, parentSpreads);
                }
            }

            switch (selection)
            {
                case FragmentSpreadNode spread:
                    var fragmentName = spread.Name.Value;
                    if (_checkedFragments.Contains(fragmentName)
                        || !visitedFragments.Add(fragmentName)
                        || _context.GetFragment(fragmentName) is not { } fragment)
                    {
                        break;
                    }

                    parentSpreads.Add(spread);
                    valid = ForbidUnconditionalDeferStream(fragment.SelectionSet, parentSpreads, visitedFragments) && valid;
                    parentSpreads.RemoveAt(parentSpreads.Count - 1);
                    break;
                case FieldNode { SelectionSet: { } fieldSelections }:
                    valid = ForbidUnconditionalDeferStream(fieldSelections, parentSpreads, visitedFragments) && valid;
                    break;
                case InlineFragmentNode inline:
                    valid = ForbidUnconditionalDeferStream(inline.SelectionSet, parentSpreads, visitedFragments) && valid;
                    break;
            }
        }

        return valid;
    }

    private static bool CanBeSkipped(IReadOnlyList<DirectiveNode> directives)
    {
        if (DirectiveArguments.FindDirective(directives, "skip") is { } skip
            && DirectiveArguments.Find(skip, "if") is not BooleanValueNode { Value: false })
        {
            return true;
        }

        return DirectiveArguments.FindDirective(directives, "include") is { } include
            && DirectiveArguments.Find(include, "if") is { } includeIf
            && includeIf is not BooleanValueNode { Value: true };
    }

    // Only a literal false or a variable can turn the directive off.
    private static bool IfArgumentCanBeFalse(DirectiveNode directive) =>
        DirectiveArguments.Find(directive, "if") is BooleanValueNode { Value: false } or VariableNode;

    private void Report(string title, string name, DirectiveNode directive, List<FragmentSpreadNode> parentSpreads)
    {
        var nodes = new List<SyntaxNode>(parentSpreads.Count + 1) { directive };
        for (var i = parentSpreads.Count - 1; i >= 0; i--)
        {
            nodes.Add(parentSpreads[i]);
        }

        _context.ReportError(new GraphQLError(
            $"{title} directive not supported on subscription operations. Disable `@{name}` by setting the `if` argument to `false`.",
            nodes));
    }
}
