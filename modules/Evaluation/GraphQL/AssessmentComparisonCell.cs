using Platform.Evaluation.Data;
using Platform.Evaluation.Domain;

namespace Platform.Evaluation.GraphQL;

/// <summary>One unit in one period of a comparison: its assessment's status and totals, or nulls when it has none.</summary>
[GraphQLDescription("One unit × period of a comparison: the assessment's status and totals, or nulls when the unit has no assessment for the period.")]
public sealed record AssessmentComparisonCell(
    OrgUnit Unit,
    string Period,
    Assessment? Assessment,
    AssessmentStatus? Status,
    decimal? BasicTotal,
    decimal? FeaturedTotal,
    decimal? Total,
    [property: GraphQLDescription("Item scores in rubric order; empty without an assessment.")] IReadOnlyList<ItemTotal> Items);
