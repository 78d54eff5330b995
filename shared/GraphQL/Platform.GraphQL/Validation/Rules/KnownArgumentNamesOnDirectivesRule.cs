using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Known argument names on directives: "A GraphQL directive is only valid if all supplied arguments are defined by
/// that directive." Directives defined in the document count too.
/// See <see href="https://spec.graphql.org/draft/#sec-Argument-Names"/>.
/// </summary>
public sealed class KnownArgumentNamesOnDirectivesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Directive);

    private readonly ValidationContextBase _context;

    public KnownArgumentNamesOnDirectivesRule(ValidationContextBase context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var directive = (DirectiveNode)node;
        var directiveName = directive.Name.Value;
        if (_context.Directives.Find(directiveName)?.ArgumentNames is { } knownNames)
        {
            foreach (var argument in directive.Arguments)
            {
                var name = argument.Name.Value;
                if (knownNames.Contains(name))
                {
                    continue;
                }

                var suggestion = _context.HideSuggestions
                    ? string.Empty
                    : Suggestions.DidYouMean(Suggestions.SuggestionList(name, knownNames));
                _context.ReportError(new GraphQLError(
                    $"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + suggestion, [argument]));
            }
        }

        return VisitorAction.Skip;
    }
}
