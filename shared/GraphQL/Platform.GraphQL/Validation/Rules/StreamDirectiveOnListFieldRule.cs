using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Stream directives are used on list fields: "A GraphQL document is only valid if stream directives are used on
/// list fields."
/// See "Stream Directives Are Used On List Fields" in the incremental delivery proposal,
/// <see href="https://github.com/graphql/graphql-spec/pull/742"/>.
/// </summary>
public sealed class StreamDirectiveOnListFieldRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Directive);

    private readonly ValidationContext _context;

    public StreamDirectiveOnListFieldRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var directive = (DirectiveNode)node;
        if (directive.Name.Value == "stream"
            && _context.GetFieldDef() is { } fieldDef
            && _context.GetParentType() is { } parentType
            && !fieldDef.Type.IsList)
        {
            _context.ReportError(new GraphQLError(
                $"Directive \"@stream\" cannot be used on non-list field \"{parentType.Name}.{fieldDef.Name}\".", [directive]));
        }

        return VisitorAction.Continue;
    }
}
