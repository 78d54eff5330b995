using System.Text.Json.Serialization;

namespace Platform.Venues.Domain;

/// <summary>
/// One opening of a venue on a weekday, in local time (Asia/Shanghai): from <see cref="Opens"/> to <see cref="Closes"/>
/// minutes after that day's midnight. An overnight interval closes on the next day, at <see cref="Closes"/> minutes after
/// its midnight (equal to <see cref="Opens"/> means open 24 hours from then).
/// </summary>
public sealed record OpeningInterval(Weekday Day, int Opens, int Closes, bool Overnight)
{
    public const int MinutesPerDay = 24 * 60;
    public const int MinutesPerWeek = 7 * MinutesPerDay;

    [JsonIgnore]
    public int DurationMinutes => Overnight ? MinutesPerDay - Opens + Closes : Closes - Opens;

    /// <summary>The first minute of the week the venue is open in this interval (Monday 00:00 is 0).</summary>
    [JsonIgnore]
    public int StartOfWeekMinute => (int)Day * MinutesPerDay + Opens;

    /// <summary>Whether this interval covers <paramref name="minuteOfWeek"/>, wrapping from Sunday night into Monday.</summary>
    public bool Covers(int minuteOfWeek)
    {
        var sinceStart = ((minuteOfWeek - StartOfWeekMinute) % MinutesPerWeek + MinutesPerWeek) % MinutesPerWeek;
        return sinceStart < DurationMinutes;
    }
}
