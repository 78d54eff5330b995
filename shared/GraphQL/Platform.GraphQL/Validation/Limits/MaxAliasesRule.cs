using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Limits;

/// <summary>
/// Maximum aliases: the aliased fields of an operation, counted at every place they appear in the selection tree
/// (a fragment spread twice counts twice), may not exceed the maximum. Aliases are how one document asks for the
/// same expensive field many times.
/// </summary>
public sealed class MaxAliasesRule : OperationLimitRule
{
    private readonly AliasFold _fold;

    public MaxAliasesRule(ValidationContext context, int maximum)
        : base(context, maximum) => _fold = new AliasFold(context);

    protected override long Measure(OperationDefinitionNode operation) => _fold.Measure(operation);

    protected override GraphQLError CreateError(OperationDefinitionNode operation, long measure) =>
        LimitErrors.Aliases(operation, measure, Maximum);

    private sealed class AliasFold(ValidationContext context) : SelectionTreeFold(context)
    {
        protected override long CombineSiblings(long accumulated, long selection) => Saturating.Add(accumulated, selection);

        protected override long Field(FieldNode field, NamedType? parentType, FieldDefinition? definition, long children) =>
            field.Alias is null ? children : Saturating.Add(children, 1);
    }
}
