using Platform.Evaluation.Domain;

namespace Platform.Evaluation.Data;

/// <summary>
/// A citizen's satisfaction rating (群众评单) of an activity or a service order, 1 to 5 with an optional comment, and the
/// unit (and project, when known) it concerns. The rater's subject is kept when they were signed in: one rating per
/// subject each; anonymous ratings are not deduplicated.
/// </summary>
[GraphQLDescription("A satisfaction rating (1–5) of an activity or a service order.")]
public sealed class Rating
{
    [ID]
    public required string Id { get; init; }

    [GraphQLDescription("What was rated.")]
    public RatedSubject Subject { get; init; }

    [GraphQLIgnore]
    public required string SubjectId { get; init; }

    [GraphQLIgnore]
    public required string UnitId { get; init; }

    [ID]
    [GraphQLDescription("The project (项目) the rated activity or order belongs to, when given.")]
    public string? ProjectId { get; init; }

    [GraphQLDescription("1 (very dissatisfied) to 5 (very satisfied); 4 and 5 count as satisfied.")]
    public int Score { get; init; }

    public string? Comment { get; init; }

    [GraphQLIgnore]
    public string? Rater { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    [GraphQLDescription("The half year the rating was given in.")]
    public required string Period { get; init; }
}
