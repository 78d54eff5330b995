using System.Globalization;

namespace Platform.Evaluation.Domain;

/// <summary>
/// The assessment period: Shanxi assesses the pilot work every half year (seed 002 §七.四), written <c>2026-H1</c>
/// (January–June) or <c>2026-H2</c> (July–December). Ratings and messages fall into the half year of the moment they
/// were received, in China's local time (UTC+8, no daylight saving).
/// </summary>
public static class HalfYearPeriod
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The canonical form of <paramref name="period"/>; throws <see cref="EvaluationErrors.InvalidPeriod"/> otherwise.</summary>
    public static string Parse(string? period)
    {
        var text = period?.Trim() ?? "";
        if (text.Length == 7
            && text[4] == '-'
            && text[5] is 'H' or 'h'
            && text[6] is '1' or '2'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= MinYear and <= MaxYear)
        {
            return $"{year:D4}-H{text[6]}";
        }

        throw EvaluationErrors.Create(EvaluationErrors.InvalidPeriod,
            $"\"{period}\" is not a half-year period (YYYY-H1 or YYYY-H2, years {MinYear} to {MaxYear}).");
    }

    /// <summary>The half year containing <paramref name="instant"/> in China's local time.</summary>
    public static string Of(DateTimeOffset instant)
    {
        var local = instant.ToOffset(ChinaOffset);
        return $"{local.Year:D4}-H{(local.Month <= 6 ? 1 : 2)}";
    }
}
