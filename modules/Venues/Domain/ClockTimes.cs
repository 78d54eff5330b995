using System.Globalization;

namespace Platform.Venues.Domain;

/// <summary>Times of day as the graph writes them: <c>HH:mm</c>, 00:00 to 23:59, and 24:00 for the end of a day.</summary>
public static class ClockTimes
{
    /// <summary>Minutes after midnight, or null when <paramref name="text"/> is not <c>HH:mm</c> in range.</summary>
    public static int? Parse(string? text, bool allowEndOfDay)
    {
        if (text is not { Length: 5 } || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            return null;
        }

        if (hours == 24 && minutes == 0)
        {
            return allowEndOfDay ? OpeningInterval.MinutesPerDay : null;
        }

        return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
    }

    public static string Format(int minutes) =>
        $"{minutes / 60:00}:{minutes % 60:00}";
}
