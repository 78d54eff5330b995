namespace Platform.Activities.Domain;

/// <summary>
/// The status machine: publish a draft, complete a published activity once it has started, cancel a draft or a
/// published one. Anything else is refused with <see cref="ActivityRules.InvalidTransition"/> and changes nothing.
/// </summary>
public static class ActivityTransitions
{
    public static bool IsAllowed(ActivityStatus from, ActivityStatus to) => (from, to) switch
    {
        (ActivityStatus.Draft, ActivityStatus.Published) => true,
        (ActivityStatus.Published, ActivityStatus.Completed) => true,
        (ActivityStatus.Draft or ActivityStatus.Published, ActivityStatus.Cancelled) => true,
        _ => false,
    };

    public static void Ensure(ActivityStatus from, ActivityStatus to)
    {
        if (!IsAllowed(from, to))
        {
            throw ActivityErrors.Create(ActivityRules.InvalidTransition, $"An activity that is {Name(from)} cannot become {Name(to)}.");
        }
    }

    /// <summary>Details may change while the activity is a draft or published; completed and cancelled ones are closed.</summary>
    public static void EnsureEditable(ActivityStatus status)
    {
        if (status is ActivityStatus.Completed or ActivityStatus.Cancelled)
        {
            throw ActivityErrors.Create(ActivityRules.ActivityClosed, $"The activity is {Name(status)}; it cannot be changed any more.");
        }
    }

    public static string Name(ActivityStatus status) => status.ToString().ToLowerInvariant();
}
