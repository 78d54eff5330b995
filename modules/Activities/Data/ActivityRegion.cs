namespace Platform.Activities.Data;

/// <summary>
/// One unit an activity lies within: its organizing unit and each of that unit's ancestors, captured from the
/// Organization module when the activity is created. It also carries a copy of what the public feed filters and orders
/// by (<see cref="Listed"/>, <see cref="UpdatedAt"/>), so a region's feed page is one index range read in order rather
/// than a sort of all the region's activities. <see cref="ActivityRegionMirror"/> keeps the copy in step.
/// </summary>
public sealed class ActivityRegion
{
    public required string ActivityId { get; init; }

    public required string UnitId { get; init; }

    /// <summary>The activity's last change (<see cref="Activity.UpdatedAt"/>).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Whether the activity is in the public feed: public and published.</summary>
    public bool Listed { get; set; }

    public static bool IsListed(Activity activity) => activity.IsPublic && activity.PublishedAt is not null;

    public static ActivityRegion Of(Activity activity, string unitId)
    {
        var region = new ActivityRegion { ActivityId = activity.Id, UnitId = unitId };
        region.Follow(activity);
        return region;
    }

    /// <summary>Copies the activity's feed keys.</summary>
    public void Follow(Activity activity)
    {
        UpdatedAt = activity.UpdatedAt;
        Listed = IsListed(activity);
    }
}
