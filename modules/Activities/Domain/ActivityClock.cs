namespace Platform.Activities.Domain;

/// <summary>
/// Instants as the module stores them (whole microseconds, what PostgreSQL keeps, so a value read back equals the one
/// written and feed cursors compare exactly) and the calendar of the practice units (China Standard Time, UTC+8).
/// </summary>
public static class ActivityClock
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % 10), TimeSpan.Zero);

    public static DateTimeOffset Now(TimeProvider clock) => Truncate(clock.GetUtcNow());

    /// <summary>The first instant of <paramref name="year"/> in China, and of the year after.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Year(int year) =>
        year is < 2000 or > 2200
            ? throw ActivityErrors.Create(ActivityErrors.InvalidLimit, "year must be 2000 to 2200.")
            : (new DateTimeOffset(year, 1, 1, 0, 0, 0, ChinaOffset).ToUniversalTime(), new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, ChinaOffset).ToUniversalTime());

    /// <summary>The calendar date in China of an instant (service records are kept by date).</summary>
    public static DateOnly ChinaDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);
}
