using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Lone anonymous operation: "A GraphQL document is only valid if when it contains an anonymous operation
/// (the query short-hand) that it contains only that one operation definition."
/// See <see href="https://spec.graphql.org/draft/#sec-Lone-Anonymous-Operation"/>.
/// </summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Document, SyntaxKind.OperationDefinition);

    private readonly ValidationContext _context;
    private int _operationCount;

    public LoneAnonymousOperationRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        switch (node)
        {
            case DocumentNode document:
                _operationCount = 0;
                foreach (var definition in document.Definitions)
                {
                    if (definition is OperationDefinitionNode)
                    {
                        _operationCount++;
                    }
                }

                break;
            case OperationDefinitionNode { Name: null } operation when _operationCount > 1:
                _context.ReportError(new GraphQLError("This anonymous operation must be the only defined operation.", [operation]));
                break;
        }

        return VisitorAction.Continue;
    }
}
