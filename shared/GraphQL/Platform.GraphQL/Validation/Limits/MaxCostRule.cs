using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Limits;

/// <summary>
/// Maximum cost: a static estimate of the work an operation asks for may not exceed the maximum. Every field costs
/// its weight (1 unless <see cref="OperationLimits.FieldCosts"/> says otherwise); a list field multiplies the cost of
/// its sub-selections by its page size (the largest of its <c>first</c>/<c>last</c>/<c>limit</c> arguments, literal
/// or from a variable), or by <see cref="OperationLimits.DefaultListSize"/> when it has none.
/// </summary>
/// <remarks>
/// <c>__schema</c> and <c>__type</c> cost their weight only: introspection is bounded by
/// <c>MaxIntrospectionDepthRule</c>, and tools such as GraphiQL must be able to load the schema.
/// </remarks>
public sealed class MaxCostRule : OperationLimitRule
{
    private readonly CostFold _fold;

    /// <param name="variables">The request's raw variable values, so that <c>first: $n</c> counts as the n sent.</param>
    public MaxCostRule(
        ValidationContext context,
        long maximum,
        OperationLimits? settings = null,
        IReadOnlyDictionary<string, object?>? variables = null)
        : base(context, maximum) =>
        _fold = new CostFold(context, settings ?? OperationLimits.Default, variables);

    /// <summary>Whether a page size came from a variable (the estimate then holds only for the request's variables).</summary>
    internal bool ReadVariables => _fold.ReadVariables;

    protected override long Measure(OperationDefinitionNode operation)
    {
        _fold.Operation = operation;
        return _fold.Measure(operation);
    }

    protected override GraphQLError CreateError(OperationDefinitionNode operation, long measure) =>
        LimitErrors.Cost(operation, measure, Maximum);
}
