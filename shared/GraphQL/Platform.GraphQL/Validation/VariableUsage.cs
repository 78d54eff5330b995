using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>A place where a variable is used, with what that place expects (graphql-js <c>VariableUsage</c>).</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The input type expected where the variable stands; null when unknown.</param>
/// <param name="ParentType">The input type enclosing that position (a list or input object type, possibly wrapped).</param>
/// <param name="DefaultValueDefinition">The argument or input field whose default applies at that position, if any.</param>
public readonly record struct VariableUsage(
    VariableNode Node,
    GraphQLType? Type,
    GraphQLType? ParentType,
    InputValueDefinition? DefaultValueDefinition)
{
    /// <summary>True when the position has a default value of its own, used when the variable is not provided.</summary>
    public bool HasLocationDefaultValue => DefaultValueDefinition is not null;
}

/// <summary>Collects the variable usages of one operation or fragment, outside of variable definitions.</summary>
internal sealed class VariableUsageCollector : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.VariableDefinition, SyntaxKind.Variable);

    public VariableUsageCollector(TypeInfo typeInfo) => TypeInfo = typeInfo;

    public TypeInfo TypeInfo { get; }

    public List<VariableUsage> Usages { get; } = [];

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (node is VariableNode variable)
        {
            Usages.Add(new VariableUsage(
                variable, TypeInfo.GetInputType(), TypeInfo.GetParentInputType(), TypeInfo.GetDefaultValueDefinition()));
            return VisitorAction.Continue;
        }

        return VisitorAction.Skip;
    }
}
