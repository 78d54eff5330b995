namespace Platform.Evaluation.GraphQL;

/// <summary>One standard's score as the assessor gives it.</summary>
[GraphQLDescription("The score of one standard and what it rests on.")]
public sealed record StandardScoreInput(
    [property: GraphQLDescription("The standard's code, e.g. II-5.1.")] string Standard,
    [property: GraphQLDescription("0 up to the standard's points, at most two decimal places.")] double Score,
    [property: GraphQLDescription("What the score rests on; at most 2,000 characters.")] string? Evidence = null);
