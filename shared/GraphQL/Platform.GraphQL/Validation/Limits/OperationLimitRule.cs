using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Limits;

/// <summary>
/// A rule that measures each operation of the document once and reports the operations whose measure exceeds a
/// maximum. Not part of <see cref="SpecifiedRules.All"/>: servers add it (see <see cref="OperationLimits"/>).
/// </summary>
public abstract class OperationLimitRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.OperationDefinition);

    protected OperationLimitRule(ValidationContext context, long maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maximum);
        Context = context;
        Maximum = maximum;
    }

    protected ValidationContext Context { get; }

    /// <summary>The largest measure an operation may have.</summary>
    public long Maximum { get; }

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var operation = (OperationDefinitionNode)node;
        var measure = Measure(operation);
        if (measure > Maximum)
        {
            Context.ReportError(CreateError(operation, measure));
        }

        return VisitorAction.Skip;
    }

    /// <summary>The operation's measure (depth, alias count, …), following fragments.</summary>
    protected abstract long Measure(OperationDefinitionNode operation);

    protected abstract GraphQLError CreateError(OperationDefinitionNode operation, long measure);
}
