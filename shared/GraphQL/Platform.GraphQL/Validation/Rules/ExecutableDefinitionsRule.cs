using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Executable definitions: "A GraphQL document is only valid for execution if all definitions are either
/// operation or fragment definitions."
/// See <see href="https://spec.graphql.org/draft/#sec-Executable-Definitions"/>.
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Document);

    private readonly ValidationContext _context;

    public ExecutableDefinitionsRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        foreach (var definition in ((DocumentNode)node).Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition is SchemaDefinitionNode or SchemaExtensionNode
                ? "schema"
                : "\"" + ((INamedSyntaxNode)definition).Name.Value + "\"";
            _context.ReportError(new GraphQLError($"The {name} definition is not executable.", [definition]));
        }

        return VisitorAction.Skip;
    }
}
