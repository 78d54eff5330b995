using Platform.Venues.Data;
using Platform.Venues.Domain;

namespace Platform.Venues.GraphQL;

/// <summary>What is derived from a venue: its unit, opening hours and whether it is open, rooms by purpose, province flags.</summary>
[ExtendObjectType(typeof(Venue))]
public sealed class VenueFields
{
    /// <summary>Federation: other subgraphs reference venues by id; all references of a request load in one query.</summary>
    public static Task<Venue?> ResolveReference([ID] string id, VenueByIdLoader venues, CancellationToken cancellationToken) =>
        EntityIds.IsWellFormed(id) ? venues.LoadAsync(id, cancellationToken) : Task.FromResult<Venue?>(null);

    [GraphQLDescription("The unit the venue belongs to.")]
    public OrgUnit GetUnit([Parent] Venue venue) => new(venue.UnitId);

    [GraphQLDescription("The weekly opening schedule in week order (Monday first), local time Asia/Shanghai.")]
    public IReadOnlyList<OpeningHours> GetSchedule([Parent] Venue venue) =>
        [.. venue.OpeningIntervals.OrderBy(interval => interval.StartOfWeekMinute).Select(OpeningHours.Of)];

    [GraphQLDescription("Hours open per week.")]
    public double GetWeeklyOpenHours([Parent] Venue venue) => WeeklySchedule.WeeklyHours(venue.OpeningIntervals);

    [GraphQLDescription("Open at least 40 hours a week (Zhejiang's rule for cultural venues, seed 000 §6.1.1).")]
    public bool GetMeetsWeeklyOpeningHours([Parent] Venue venue) =>
        WeeklySchedule.WeeklyHours(venue.OpeningIntervals) >= WeeklySchedule.ZhejiangMinimumWeeklyHours;

    [GraphQLDescription("Open at this moment by the schedule (false when archived).")]
    public bool GetOpenNow([Parent] Venue venue, TimeProvider clock) =>
        !venue.Archived && WeeklySchedule.IsOpenAt(venue.OpeningIntervals, clock.GetUtcNow());

    [GraphQLDescription("Open at the given instant by the schedule (false when archived).")]
    public bool GetOpenAt([Parent] Venue venue, DateTimeOffset time) =>
        !venue.Archived && WeeklySchedule.IsOpenAt(venue.OpeningIntervals, time);

    [GraphQLDescription("The function rooms (功能室), or those serving one purpose.")]
    public IReadOnlyList<FunctionRoom> GetRooms([Parent] Venue venue, RoomPurpose? purpose = null) =>
        purpose is { } wanted ? [.. venue.Rooms.Where(room => room.Purposes.Contains(wanted))] : venue.Rooms;

    [GraphQLDescription("For each purpose some room serves, the rooms serving it (purposes in declaration order).")]
    public IReadOnlyList<RoomsOfPurpose> GetRoomsByPurpose([Parent] Venue venue) =>
        [.. Enum.GetValues<RoomPurpose>()
            .Select(purpose => new RoomsOfPurpose(purpose, [.. venue.Rooms.Where(room => room.Purposes.Contains(purpose))]))
            .Where(group => group.Rooms.Count > 0)];

    [GraphQLDescription("At least three function rooms (Shandong's rule, seed 003 §二.7).")]
    public bool GetHasThreeFunctionRooms([Parent] Venue venue) => venue.Rooms.Count >= RoomRules.ShandongMinimumRooms;

    [GraphQLDescription("Shanxi's \"四有\" checklist.")]
    public VenueChecklist GetChecklist([Parent] Venue venue) =>
        new(venue.HasFixedPlace, venue.HasSignage, venue.HasOfficeFacilities, venue.HasPublicityDisplays);
}
