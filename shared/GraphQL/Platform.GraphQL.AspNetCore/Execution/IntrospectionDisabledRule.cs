using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.AspNetCore.Execution;

/// <summary>
/// Refuses the introspection entry points <c>__schema</c> and <c>__type</c> when introspection is switched off.
/// <c>__typename</c> stays allowed: clients need it to tell union and interface members apart.
/// </summary>
internal sealed class IntrospectionDisabledRule(ValidationContext context) : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Field);

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var field = (FieldNode)node;
        if (field.Name.Value is "__schema" or "__type")
        {
            context.ReportError(ServerErrors.IntrospectionDisabled(field));
        }

        return VisitorAction.Continue;
    }
}
