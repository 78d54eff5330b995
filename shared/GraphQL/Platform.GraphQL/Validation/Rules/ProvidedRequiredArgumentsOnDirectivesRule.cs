using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Provided required arguments on directives: "A directive is only valid if all required (non-null without a
/// default value) arguments have been provided." Directives defined in the document count too.
/// See <see href="https://spec.graphql.org/draft/#sec-Required-Arguments"/>.
/// </summary>
public sealed class ProvidedRequiredArgumentsOnDirectivesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Directive);

    private readonly ValidationContextBase _context;

    public ProvidedRequiredArgumentsOnDirectivesRule(ValidationContextBase context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var directive = (DirectiveNode)node;
        var directiveName = directive.Name.Value;
        if (_context.Directives.Find(directiveName)?.RequiredArguments is not { Count: > 0 } required)
        {
            return VisitorAction.Continue;
        }

        foreach (var (name, type) in required)
        {
            if (!IsProvided(directive.Arguments, name))
            {
                _context.ReportError(new GraphQLError(
                    $"Argument \"@{directiveName}({name}:)\" of type \"{type}\" is required, but it was not provided.", [directive]));
            }
        }

        return VisitorAction.Continue;
    }

    internal static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
