using Platform.Venues.Domain;

namespace Platform.Venues.GraphQL;

/// <summary>One opening interval as the graph shows it.</summary>
[GraphQLDescription("An opening interval in local time (Asia/Shanghai).")]
public sealed record OpeningHours(
    Weekday Day,
    [property: GraphQLDescription("HH:mm.")] string Opens,
    [property: GraphQLDescription("HH:mm; 24:00 is midnight; on the next day when overnight.")] string Closes,
    [property: GraphQLDescription("Closes on the next day (equal times: open 24 hours).")] bool Overnight,
    double Hours)
{
    public static OpeningHours Of(OpeningInterval interval) =>
        new(interval.Day, ClockTimes.Format(interval.Opens), ClockTimes.Format(interval.Closes), interval.Overnight, interval.DurationMinutes / 60.0);
}
