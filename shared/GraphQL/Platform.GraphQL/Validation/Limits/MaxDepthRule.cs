using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Limits;

/// <summary>
/// Maximum depth: the deepest chain of nested fields in an operation, fragments followed and introspection fields
/// counted, may not exceed the maximum. <c>{ a { b } }</c> has depth 2.
/// </summary>
public sealed class MaxDepthRule : OperationLimitRule
{
    private readonly DepthFold _fold;

    public MaxDepthRule(ValidationContext context, int maximum)
        : base(context, maximum) => _fold = new DepthFold(context);

    protected override long Measure(OperationDefinitionNode operation) => _fold.Measure(operation);

    protected override GraphQLError CreateError(OperationDefinitionNode operation, long measure) =>
        LimitErrors.Depth(operation, measure, Maximum);

    private sealed class DepthFold(ValidationContext context) : SelectionTreeFold(context)
    {
        protected override long CombineSiblings(long accumulated, long selection) => Math.Max(accumulated, selection);

        protected override long Field(FieldNode field, NamedType? parentType, FieldDefinition? definition, long children) =>
            children + 1;
    }
}
