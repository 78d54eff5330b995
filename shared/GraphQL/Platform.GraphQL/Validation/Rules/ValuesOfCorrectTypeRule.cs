using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Values of correct type: "Literal values must be compatible with the type expected in the position they are
/// found as per the coercion rules defined in the Type System chapter."
/// See <see href="https://spec.graphql.org/draft/#sec-Values-of-Correct-Type"/>.
/// </summary>
/// <remarks>
/// As in graphql-js 17, each outermost literal is checked whole against the type of its position (nested literals
/// are not visited again), with the input coercion rules of <see cref="LiteralValidation"/>; variables inside a
/// literal are left to the variable rules.
/// </remarks>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(
        SyntaxKind.NullValue,
        SyntaxKind.ListValue,
        SyntaxKind.ObjectValue,
        SyntaxKind.EnumValue,
        SyntaxKind.IntValue,
        SyntaxKind.FloatValue,
        SyntaxKind.StringValue,
        SyntaxKind.BooleanValue);

    private readonly ValidationContext _context;
    private readonly InputErrorHandler _reportError;

    public ValuesOfCorrectTypeRule(ValidationContext context)
    {
        _context = context;
        _reportError = (error, _) => context.ReportError(error);
    }

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        // Entering a list already moved the type info to the list's items; the list itself has the enclosing type.
        var type = node.Kind == SyntaxKind.ListValue ? _context.GetParentInputType() : _context.GetInputType();
        if (type is not null)
        {
            LiteralValidation.Validate((ValueNode)node, type, _reportError, variables: null, _context.HideSuggestions);
        }

        return VisitorAction.Skip;
    }
}
