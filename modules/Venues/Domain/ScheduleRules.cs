namespace Platform.Venues.Domain;

/// <summary>Turning the intervals a caller writes into a validated weekly schedule.</summary>
public static class ScheduleRules
{
    public const int MaxIntervals = 7 * 8;

    /// <summary>
    /// One interval: <paramref name="opens"/> 00:00–23:59; <paramref name="closes"/> after it on the same day (24:00 is
    /// midnight), or, when <paramref name="overnight"/>, at or before it on the next day (equal: open 24 hours).
    /// </summary>
    public static OpeningInterval Interval(Weekday day, string opens, string closes, bool overnight)
    {
        var start = ClockTimes.Parse(opens, allowEndOfDay: false)
            ?? throw VenueErrors.Create(VenueErrors.InvalidSchedule, $"\"{opens}\" is not an opening time (HH:mm, 00:00 to 23:59).");
        var end = ClockTimes.Parse(closes, allowEndOfDay: !overnight)
            ?? throw VenueErrors.Create(VenueErrors.InvalidSchedule,
                $"\"{closes}\" is not a closing time (HH:mm, 00:00 to {(overnight ? "23:59 on the next day" : "24:00")}).");
        if (!overnight && end <= start)
        {
            throw VenueErrors.Create(VenueErrors.InvalidSchedule,
                $"On {day} the venue closes at {closes}, not after it opens at {opens}; mark the interval overnight if it closes the next day.");
        }

        if (overnight && end > start)
        {
            throw VenueErrors.Create(VenueErrors.InvalidSchedule,
                $"An overnight interval on {day} from {opens} to {closes} would last over 24 hours; overnight intervals close at or before their opening time.");
        }

        return new OpeningInterval(day, start, end, overnight);
    }

    /// <summary>The whole schedule: at most <see cref="MaxIntervals"/> intervals, no two overlapping; returned in week order.</summary>
    public static IReadOnlyList<OpeningInterval> Schedule(IReadOnlyList<OpeningInterval> intervals)
    {
        if (intervals.Count > MaxIntervals)
        {
            throw VenueErrors.Create(VenueErrors.InvalidSchedule, $"A schedule has at most {MaxIntervals} intervals.");
        }

        return WeeklySchedule.EnsureNoOverlap(intervals);
    }
}
