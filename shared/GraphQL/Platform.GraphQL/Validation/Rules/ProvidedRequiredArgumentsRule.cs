using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Provided required arguments: "A field or directive is only valid if all required (non-null without a default
/// value) field arguments have been provided."
/// See <see href="https://spec.graphql.org/draft/#sec-Required-Arguments"/>.
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Field, SyntaxKind.Directive);

    private readonly ValidationContext _context;
    private readonly ProvidedRequiredArgumentsOnDirectivesRule _onDirectives;

    public ProvidedRequiredArgumentsRule(ValidationContext context)
    {
        _context = context;
        _onDirectives = new ProvidedRequiredArgumentsOnDirectivesRule(context);
    }

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (node is DirectiveNode)
        {
            return _onDirectives.Leave(node, ancestors);
        }

        if (_context.GetFieldDef() is not { Arguments.Count: > 0 } fieldDef)
        {
            return VisitorAction.Continue;
        }

        var field = (FieldNode)node;
        foreach (var argument in fieldDef.Arguments.Values)
        {
            if (argument.IsRequired && !ProvidedRequiredArgumentsOnDirectivesRule.IsProvided(field.Arguments, argument.Name))
            {
                var coordinate = SchemaCoordinates.FieldArgument(_context.GetParentType(), fieldDef, argument);
                _context.ReportError(new GraphQLError(
                    $"Argument \"{coordinate}\" of type \"{argument.Type}\" is required, but it was not provided.", [field]));
            }
        }

        return VisitorAction.Continue;
    }
}
