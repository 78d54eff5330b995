namespace Platform.Activities.Data;

/// <summary>
/// One unit an activity lies within: its organizing unit and each of that unit's ancestors, captured from the
/// Organization module when the activity is created. The feed's <c>region</c> filter is one indexed lookup in these rows.
/// </summary>
public sealed class ActivityRegion
{
    public required string ActivityId { get; init; }

    public required string UnitId { get; init; }
}
