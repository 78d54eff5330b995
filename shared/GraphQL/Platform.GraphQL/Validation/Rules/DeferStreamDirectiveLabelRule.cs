using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Defer and stream directive labels are unique: "A GraphQL document is only valid if defer and stream
/// directives' label argument is static and unique."
/// See "Defer And Stream Directive Labels Are Unique" in the incremental delivery proposal,
/// <see href="https://github.com/graphql/graphql-spec/pull/742"/>.
/// </summary>
public sealed class DeferStreamDirectiveLabelRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Directive);

    private readonly ValidationContext _context;
    private readonly Dictionary<string, DirectiveNode> _knownLabels = new(StringComparer.Ordinal);

    public DeferStreamDirectiveLabelRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var directive = (DirectiveNode)node;
        var name = directive.Name.Value;
        if (name is not ("defer" or "stream"))
        {
            return VisitorAction.Continue;
        }

        var label = DirectiveArguments.Find(directive, "label");
        if (label is null or NullValueNode)
        {
            return VisitorAction.Continue;
        }

        if (label is not StringValueNode labelString)
        {
            _context.ReportError(new GraphQLError($"Argument \"@{name}(label:)\" must be a static string.", [directive]));
            return VisitorAction.Continue;
        }

        if (_knownLabels.TryGetValue(labelString.Value, out var known))
        {
            _context.ReportError(new GraphQLError(
                "Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.",
                [known, directive]));
        }
        else
        {
            _knownLabels.Add(labelString.Value, directive);
        }

        return VisitorAction.Continue;
    }
}
