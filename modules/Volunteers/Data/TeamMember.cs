namespace Platform.Volunteers.Data;

/// <summary>A volunteer's membership in a team.</summary>
public sealed class TeamMember
{
    public required string TeamId { get; init; }

    public required string VolunteerId { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}
