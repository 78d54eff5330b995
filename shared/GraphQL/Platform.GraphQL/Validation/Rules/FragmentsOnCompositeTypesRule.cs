using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Fragments on composite type: "Fragments use a type condition to determine if they apply, since fragments can only
/// be spread into a composite type (object, interface, or union), the type condition must also be a composite type."
/// See <see href="https://spec.graphql.org/draft/#sec-Fragments-On-Composite-Types"/>.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition);

    private readonly ValidationContext _context;

    public FragmentsOnCompositeTypesRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                _context.ReportError(new GraphQLError(
                    $"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", [condition]));
                break;
            case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                _context.ReportError(new GraphQLError(
                    $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".",
                    [fragment.TypeCondition]));
                break;
        }

        return VisitorAction.Continue;
    }

    private bool IsNonComposite(NamedTypeNode typeCondition) =>
        _context.Schema.GetType(typeCondition.Name.Value) is { } type && type is not ICompositeType;
}
