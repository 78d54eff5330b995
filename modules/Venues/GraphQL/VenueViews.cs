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

/// <summary>Shanxi's "四有" standard for centers and institutes (seed 002 §四, 附件4 II-5).</summary>
[GraphQLDescription("Shanxi's \"四有\" standard: a fixed place, fixed signage, office facilities, publicity displays.")]
public sealed record VenueChecklist(bool FixedPlace, bool Signage, bool OfficeFacilities, bool PublicityDisplays)
{
    [GraphQLDescription("All four are met.")]
    public bool Complete => FixedPlace && Signage && OfficeFacilities && PublicityDisplays;
}

/// <summary>The rooms serving one purpose.</summary>
public sealed record RoomsOfPurpose(RoomPurpose Purpose, IReadOnlyList<FunctionRoom> Rooms);

/// <summary>A venue found near a point, with its distance.</summary>
[GraphQLDescription("A venue within the searched radius and its great-circle distance from the searched point.")]
public sealed record NearbyVenue(Data.Venue Venue, double DistanceMeters);
