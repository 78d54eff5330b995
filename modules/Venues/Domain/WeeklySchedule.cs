namespace Platform.Venues.Domain;

/// <summary>
/// A venue's weekly opening schedule: intervals that may not overlap anywhere in the week (an overnight interval on
/// Sunday runs into Monday). Intervals that only touch (one closes at 12:00, the next opens at 12:00) are fine.
/// </summary>
public static class WeeklySchedule
{
    /// <summary>The Zhejiang rule for cultural venues run by partners: open at least 40 hours a week (seed 000 §6.1.1).</summary>
    public const double ZhejiangMinimumWeeklyHours = 40;

    public static double WeeklyHours(IEnumerable<OpeningInterval> intervals) =>
        intervals.Sum(interval => interval.DurationMinutes) / 60.0;

    public static bool IsOpenAt(IEnumerable<OpeningInterval> intervals, DateTimeOffset time)
    {
        var minute = ShanghaiTime.MinuteOfWeek(time);
        return intervals.Any(interval => interval.Covers(minute));
    }

    /// <summary>The intervals in week order; an error naming the first two that overlap.</summary>
    public static IReadOnlyList<OpeningInterval> EnsureNoOverlap(IReadOnlyList<OpeningInterval> intervals)
    {
        var ordered = intervals.OrderBy(interval => interval.StartOfWeekMinute).ToList();
        if (ordered.Count < 2)
        {
            return ordered;
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            var current = ordered[i];
            var next = ordered[(i + 1) % ordered.Count];
            // Distance from this start to the next start, going round the week once; the last wraps to the first.
            var gap = ((next.StartOfWeekMinute - current.StartOfWeekMinute) % OpeningInterval.MinutesPerWeek + OpeningInterval.MinutesPerWeek)
                % OpeningInterval.MinutesPerWeek;
            if (gap == 0 || current.DurationMinutes > gap)
            {
                throw VenueErrors.Create(VenueErrors.ScheduleOverlap,
                    $"The opening {Describe(current)} overlaps {Describe(next)}.");
            }
        }

        return ordered;
    }

    public static string Describe(OpeningInterval interval) =>
        $"{interval.Day} {ClockTimes.Format(interval.Opens)}–{ClockTimes.Format(interval.Closes)}{(interval.Overnight ? " (next day)" : "")}";
}
