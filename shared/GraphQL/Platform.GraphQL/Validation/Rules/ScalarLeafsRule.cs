using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Scalar leafs: "A GraphQL document is valid only if all leaf fields (fields without sub selections) are of scalar
/// or enum types."
/// See <see href="https://spec.graphql.org/draft/#sec-Leaf-Field-Selections"/>.
/// </summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Field);

    private readonly ValidationContext _context;

    public ScalarLeafsRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var field = (FieldNode)node;
        if (_context.GetType() is not { } type)
        {
            return VisitorAction.Continue;
        }

        var fieldName = field.Name.Value;
        if (type.NamedType is ScalarType or EnumType)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                _context.ReportError(new GraphQLError(
                    $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", [selectionSet]));
            }
        }
        else if (field.SelectionSet is null)
        {
            _context.ReportError(new GraphQLError(
                $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                [field]));
        }

        return VisitorAction.Continue;
    }
}
