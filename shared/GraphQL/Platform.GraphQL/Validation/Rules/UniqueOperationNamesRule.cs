using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Unique operation names: "A GraphQL document is only valid if all defined operations have unique names."
/// See <see href="https://spec.graphql.org/draft/#sec-Operation-Name-Uniqueness"/>.
/// </summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition);

    private readonly ValidationContext _context;
    private readonly Dictionary<string, NameNode> _knownOperationNames = new(StringComparer.Ordinal);

    public UniqueOperationNamesRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (node is OperationDefinitionNode { Name: { } name })
        {
            if (_knownOperationNames.TryGetValue(name.Value, out var known))
            {
                _context.ReportError(new GraphQLError($"There can be only one operation named \"{name.Value}\".", [known, name]));
            }
            else
            {
                _knownOperationNames[name.Value] = name;
            }
        }

        return VisitorAction.Skip;
    }
}
