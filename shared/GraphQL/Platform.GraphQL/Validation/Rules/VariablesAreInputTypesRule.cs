using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Variables are input types: "A GraphQL operation is only valid if all the variables it defines are of input types
/// (scalar, enum, or input object)."
/// See <see href="https://spec.graphql.org/draft/#sec-Variables-Are-Input-Types"/>.
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.VariableDefinition);

    private readonly ValidationContext _context;

    public VariablesAreInputTypesRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var definition = (VariableDefinitionNode)node;
        var type = TypeInfo.TypeFromAst(_context.Schema, definition.Type);
        if (type is not null && !type.IsInputType)
        {
            _context.ReportError(new GraphQLError(
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{SchemaCoordinates.PrintType(definition.Type)}\".",
                [definition.Type]));
        }

        return VisitorAction.Continue;
    }
}
