using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Unique argument names: "A GraphQL field or directive is only valid if all supplied arguments are uniquely named."
/// See <see href="https://spec.graphql.org/draft/#sec-Argument-Names"/>.
/// </summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Field, SyntaxKind.Directive);

    private readonly ValidationContextBase _context;

    public UniqueArgumentNamesRule(ValidationContextBase context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var arguments = node is FieldNode field ? field.Arguments : ((DirectiveNode)node).Arguments;
        if (arguments.Count < 2)
        {
            return VisitorAction.Continue;
        }

        foreach (var (name, nodes) in DuplicateNames.Group(arguments, argument => argument.Name))
        {
            _context.ReportError(new GraphQLError($"There can be only one argument named \"{name}\".", nodes));
        }

        return VisitorAction.Continue;
    }
}
