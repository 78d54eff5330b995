using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Unique variable names: "A GraphQL operation is only valid if all its variables are uniquely named."
/// See <see href="https://spec.graphql.org/draft/#sec-Variable-Uniqueness"/>.
/// </summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.OperationDefinition);

    private readonly ValidationContext _context;

    public UniqueVariableNamesRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var definitions = ((OperationDefinitionNode)node).VariableDefinitions;
        if (definitions.Count < 2)
        {
            return VisitorAction.Continue;
        }

        foreach (var (name, nodes) in DuplicateNames.Group(definitions, definition => definition.Variable.Name))
        {
            _context.ReportError(new GraphQLError($"There can be only one variable named \"${name}\".", nodes));
        }

        return VisitorAction.Continue;
    }
}
