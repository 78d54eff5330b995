using Platform.Evaluation.Domain;

namespace Platform.Evaluation.GraphQL;

/// <summary>Citizens' ratings of one thing, summed up.</summary>
[GraphQLDescription("Ratings summed up: satisfaction rate = ratings of 4 or 5 / all ratings (null without ratings).")]
public sealed record FeedbackSummary(int Ratings, int Satisfied, double? SatisfactionRate, double? AverageScore)
{
    public static FeedbackSummary Of(RatingCounts counts) => new(counts.Ratings, counts.Satisfied, counts.SatisfactionRate, counts.AverageScore);
}

/// <summary>One project's figures within a unit and period.</summary>
[GraphQLDescription("A project's satisfaction and demand within its unit and period.")]
public sealed record ProjectFeedback(
    [property: ID] string ProjectId,
    int Ratings,
    int Satisfied,
    double? SatisfactionRate,
    double? AverageScore,
    [property: GraphQLDescription("Demand messages (需求) naming the project.")] int Demands,
    [property: GraphQLDescription("The project's share of the unit's demand messages in the period (demands naming it / all the unit's demands); null when the unit received none.")] double? DemandRate);

/// <summary>A unit's satisfaction and demand figures for a half year, or for all time.</summary>
[GraphQLDescription("A unit's satisfaction (ratings of its activities and service orders) and demand (demand messages to its box), overall and per project.")]
public sealed record UnitSatisfaction(
    [property: GraphQLDescription("The half year, or null for all time.")] string? Period,
    int Ratings,
    int Satisfied,
    [property: GraphQLDescription("Ratings of 4 or 5 / all ratings; null without ratings.")] double? SatisfactionRate,
    double? AverageScore,
    [property: GraphQLDescription("Demand messages (需求/心愿) the unit received.")] int Demands,
    [property: GraphQLDescription("Complaints the unit received.")] int Complaints,
    [property: GraphQLDescription("Suggestions the unit received.")] int Suggestions,
    [property: GraphQLDescription("Projects with ratings or demands, most demanded first.")] IReadOnlyList<ProjectFeedback> Projects);

/// <summary>A unit and a half year (null: all time), the key of satisfaction figures.</summary>
public readonly record struct UnitPeriod(string UnitId, string? Period);
