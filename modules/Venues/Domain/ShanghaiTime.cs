namespace Platform.Venues.Domain;

/// <summary>
/// Opening hours are local time in Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991, so when the
/// machine has no time zone database the fixed offset gives the same answers.
/// </summary>
public static class ShanghaiTime
{
    private static readonly TimeZoneInfo Zone = Find();

    /// <summary>The minute of the local week (Monday 00:00 is 0) at the instant <paramref name="time"/>.</summary>
    public static int MinuteOfWeek(DateTimeOffset time)
    {
        var local = TimeZoneInfo.ConvertTime(time, Zone);
        var day = ((int)local.DayOfWeek + 6) % 7;
        return day * OpeningInterval.MinutesPerDay + local.Hour * 60 + local.Minute;
    }

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception missing) when (missing is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
