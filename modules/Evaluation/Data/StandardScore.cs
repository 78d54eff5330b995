namespace Platform.Evaluation.Data;

/// <summary>The score an assessment gives one standard, with the evidence it rests on.</summary>
[GraphQLDescription("The score given to one standard, with the evidence note.")]
public sealed class StandardScore
{
    [GraphQLIgnore]
    public required string AssessmentId { get; init; }

    [GraphQLDescription("The standard's code, e.g. II-5.1.")]
    public required string StandardCode { get; init; }

    [GraphQLDescription("0 up to the standard's points.")]
    public decimal Score { get; set; }

    [GraphQLDescription("What the score rests on (documents reviewed, what was seen on site, …).")]
    public string? Evidence { get; set; }

    [GraphQLDescription("The subject of the administrator who gave the score.")]
    public required string ScoredBy { get; set; }

    public DateTimeOffset ScoredAt { get; set; }
}
