using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Subscriptions must only include a non-introspection field: "A GraphQL subscription is valid only if it contains a
/// single root field."
/// See <see href="https://spec.graphql.org/draft/#sec-Single-root-field"/>.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.OperationDefinition);

    private readonly ValidationContext _context;

    public SingleFieldSubscriptionsRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation != OperationType.Subscription || _context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return VisitorAction.Continue;
        }

        var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        var collector = new SubscriptionFieldCollector(_context, subscriptionType);
        collector.Collect(operation.SelectionSet);
        if (collector.ForbiddenDirectives.Count > 0)
        {
            _context.ReportError(new GraphQLError(
                $"{subject} must not use `@skip` or `@include` directives in the top level selection.", collector.ForbiddenDirectives));
            return VisitorAction.Continue;
        }

        var groups = collector.GroupedFields;
        if (groups.Count == 0)
        {
            _context.ReportError(new GraphQLError($"{subject} must select one top level field.", [operation.SelectionSet]));
        }
        else if (groups.Count > 1)
        {
            var extraFields = new List<FieldNode>();
            for (var i = 1; i < groups.Count; i++)
            {
                extraFields.AddRange(groups.GetAt(i).Value);
            }

            _context.ReportError(new GraphQLError($"{subject} must select only one top level field.", extraFields));
        }

        foreach (var fields in groups.Values)
        {
            if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                _context.ReportError(new GraphQLError($"{subject} must not select an introspection top level field.", fields));
            }
        }

        return VisitorAction.Continue;
    }
}
