using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// No undefined variables: "A GraphQL operation is only valid if all variables encountered, both directly and via
/// fragment spreads, are defined by that operation."
/// See <see href="https://spec.graphql.org/draft/#sec-All-Variable-Uses-Defined"/>.
/// </summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.OperationDefinition);

    private readonly ValidationContext _context;

    public NoUndefinedVariablesRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var operation = (OperationDefinitionNode)node;
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            defined.Add(definition.Variable.Name.Value);
        }

        foreach (var usage in _context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.";
                _context.ReportError(new GraphQLError(message, [usage.Node, operation]));
            }
        }

        return VisitorAction.Continue;
    }
}
