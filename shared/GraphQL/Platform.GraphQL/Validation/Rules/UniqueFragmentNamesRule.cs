using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Unique fragment names: "A GraphQL document is only valid if all defined fragments have unique names."
/// See <see href="https://spec.graphql.org/draft/#sec-Fragment-Name-Uniqueness"/>.
/// </summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition);

    private readonly ValidationContext _context;
    private readonly Dictionary<string, NameNode> _knownFragmentNames = new(StringComparer.Ordinal);

    public UniqueFragmentNamesRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            var name = fragment.Name;
            if (_knownFragmentNames.TryGetValue(name.Value, out var known))
            {
                _context.ReportError(new GraphQLError($"There can be only one fragment named \"{name.Value}\".", [known, name]));
            }
            else
            {
                _knownFragmentNames[name.Value] = name;
            }
        }

        return VisitorAction.Skip;
    }
}
