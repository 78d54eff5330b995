using Platform.Evaluation.Domain;

namespace Platform.Evaluation.Data;

/// <summary>
/// The assessment of one unit for one half year under one rubric: a score and evidence note per standard, who assessed,
/// and where it stands (draft → submitted → approved, or returned to draft with a reason). One per unit, period and rubric.
/// </summary>
[GraphQLDescription("The assessment of a unit for a half year under a rubric: a score per standard, totals, and its status.")]
public sealed class Assessment
{
    [ID]
    public required string Id { get; init; }

    [GraphQLIgnore]
    public required string UnitId { get; init; }

    [GraphQLDescription("The half year assessed, e.g. 2026-H1.")]
    public required string Period { get; init; }

    [GraphQLDescription("The rubric's code.")]
    public required string RubricCode { get; init; }

    public AssessmentStatus Status { get; set; }

    [GraphQLDescription("The subject (sub claim) of the administrator who created the assessment.")]
    public required string Assessor { get; init; }

    [GraphQLDescription("Why the assessment was last returned to draft, until it is submitted again.")]
    public string? ReturnReason { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    [GraphQLDescription("When scores or status last changed.")]
    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    [GraphQLDescription("The subject of the administrator who approved it.")]
    public string? ApprovedBy { get; set; }

    /// <summary>Raised by every change; a save that finds another change first is refused (optimistic concurrency).</summary>
    [GraphQLIgnore]
    public int Version { get; set; }

    [GraphQLIgnore]
    public List<StandardScore> Scores { get; set; } = [];
}
