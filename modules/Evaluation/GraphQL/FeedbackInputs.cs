using Platform.Evaluation.Domain;

namespace Platform.Evaluation.GraphQL;

/// <summary>A citizen's rating of an activity or a service order.</summary>
[GraphQLDescription("A satisfaction rating: the rated activity or service order, the unit it concerns, 1–5 and an optional comment.")]
public sealed record RatingInput(
    [property: ID, GraphQLDescription("The activity or service order rated.")] string SubjectId,
    [property: ID, GraphQLDescription("The unit that delivered it.")] string UnitId,
    [property: GraphQLDescription("1 (very dissatisfied) to 5 (very satisfied).")] int Score,
    [property: ID, GraphQLDescription("The project it belongs to, when known.")] string? ProjectId = null,
    [property: GraphQLDescription("At most 500 characters.")] string? Comment = null);

/// <summary>A message to a unit's complaint and suggestion box.</summary>
[GraphQLDescription("A message to a unit's complaint and suggestion box (意见箱).")]
public sealed record MessageInput(
    [property: ID] string UnitId,
    MessageKind Kind,
    [property: GraphQLDescription("1 to 2,000 characters.")] string Content,
    [property: ID, GraphQLDescription("The project it is about, when any; demands naming a project count in its demand rate.")] string? ProjectId = null,
    [property: GraphQLDescription("A mobile or landline number to call back; stored encrypted, shown in full only to the unit's administrators.")] string? ContactPhone = null);
