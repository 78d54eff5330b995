using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Known argument names: "A GraphQL field is only valid if all supplied arguments are defined by that field."
/// Directive arguments are checked as <see cref="KnownArgumentNamesOnDirectivesRule"/> does.
/// See <see href="https://spec.graphql.org/draft/#sec-Argument-Names"/> and
/// <see href="https://spec.graphql.org/draft/#sec-Directives-Are-In-Valid-Locations"/>.
/// </summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Directive, SyntaxKind.Argument);

    private readonly ValidationContext _context;
    private readonly KnownArgumentNamesOnDirectivesRule _onDirectives;

    public KnownArgumentNamesRule(ValidationContext context)
    {
        _context = context;
        _onDirectives = new KnownArgumentNamesOnDirectivesRule(context);
    }

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (node is DirectiveNode)
        {
            return _onDirectives.Enter(node, ancestors);
        }

        if (_context.GetArgument() is null && _context.GetFieldDef() is { } fieldDef)
        {
            var argument = (ArgumentNode)node;
            var name = argument.Name.Value;
            var suggestions = _context.HideSuggestions ? [] : Suggestions.SuggestionList(name, fieldDef.Arguments.Keys);
            _context.ReportError(new GraphQLError(
                $"Unknown argument \"{name}\" on field \"{SchemaCoordinates.Field(_context.GetParentType(), fieldDef)}\"."
                + Suggestions.DidYouMean(suggestions),
                [argument]));
        }

        return VisitorAction.Continue;
    }
}
