namespace Platform.Activities.Domain;

/// <summary>Where an activity is in its life: draft → published → completed, or cancelled from draft or published.</summary>
public enum ActivityStatus
{
    /// <summary>Being prepared; seen only by the organizing unit's administrators.</summary>
    Draft,

    /// <summary>Announced: volunteers sign up, check in and out; public ones are in the media feed.</summary>
    Published,

    /// <summary>Held; the organizer records the attended volunteers' service time.</summary>
    Completed,

    /// <summary>Called off; nothing more happens to it.</summary>
    Cancelled,
}
