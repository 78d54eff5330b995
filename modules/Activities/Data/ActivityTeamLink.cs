namespace Platform.Activities.Data;

/// <summary>A team serving in an activity, kept as a row so a team's activities are one indexed query.</summary>
public sealed class ActivityTeamLink
{
    public required string ActivityId { get; init; }

    public required string TeamId { get; init; }
}
