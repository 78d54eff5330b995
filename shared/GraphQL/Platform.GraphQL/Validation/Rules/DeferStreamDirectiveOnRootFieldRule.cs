using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Defer and stream directives are used on valid root field: "A GraphQL document is only valid if defer
/// directives are not used on root mutation or subscription types" (nor stream directives on their fields).
/// See "Defer And Stream Directives Are Used On Valid Root Field" in the incremental delivery proposal,
/// <see href="https://github.com/graphql/graphql-spec/pull/742"/>.
/// </summary>
public sealed class DeferStreamDirectiveOnRootFieldRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.OperationDefinition);

    private readonly ValidationContext _context;

    // Fragments already walked for an operation that passed, so they are not walked (nor reported) again.
    private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

    public DeferStreamDirectiveOnRootFieldRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation == OperationType.Query || _context.Schema.GetRootType(operation.Operation) is not { } rootType)
        {
            return VisitorAction.Continue;
        }

        var operationName = operation.Operation == OperationType.Mutation ? "mutation" : "subscription";
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        if (ForbidDeferStream(operationName, rootType, operation.SelectionSet, visitedFragments))
        {
            _checkedFragments.UnionWith(visitedFragments);
        }

        return VisitorAction.Continue;
    }

    /// <returns>False when an error was reported for the selection set or what it spreads.</returns>
    private bool ForbidDeferStream(string operationName, ObjectType rootType, SelectionSetNode selectionSet, HashSet<string> visitedFragments)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ValidationAbortedException(new GraphQLError("Validation aborted."));
        }

        var valid = true;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (DirectiveArguments.FindDirective(field.Directives, "stream") is { } stream)
                    {
                        valid = false;
                        Report("Stream", operationName, rootType, stream);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var fragmentName = spread.Name.Value;
                    if (!visitedFragments.Add(fragmentName) || _context.GetFragment(fragmentName) is not { } fragment)
                    {
                        break;
                    }

                    if (DirectiveArguments.FindDirective(spread.Directives, "defer") is { } spreadDefer)
                    {
                        valid = false;
                        Report("Defer", operationName, rootType, spreadDefer);
                    }

                    if (!_checkedFragments.Contains(fragmentName))
                    {
                        valid = ForbidDeferStream(operationName, rootType, fragment.SelectionSet, visitedFragments) && valid;
                    }

                    break;
                case InlineFragmentNode inline:
                    if (DirectiveArguments.FindDirective(inline.Directives, "defer") is { } inlineDefer)
                    {
                        valid = false;
                        Report("Defer", operationName, rootType, inlineDefer);
                    }

                    valid = ForbidDeferStream(operationName, rootType, inline.SelectionSet, visitedFragments) && valid;
                    break;
            }
        }

        return valid;
    }

    private void Report(string directiveName, string operationName, ObjectType rootType, DirectiveNode directive) =>
        _context.ReportError(new GraphQLError(
            $"{directiveName} directive cannot be used on root {operationName} type \"{rootType.Name}\".", [directive]));
}
