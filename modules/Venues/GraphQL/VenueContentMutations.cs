using Platform.Hosting.Hierarchy;
using System.Security.Claims;
using Platform.Venues.Data;
using Platform.Venues.Domain;

namespace Platform.Venues.GraphQL;

/// <summary>Replacing what a venue holds: its weekly schedule, its function rooms, its "四有" checklist.</summary>
[ExtendObjectType("Mutation")]
public sealed class VenueContentMutations
{
    [GraphQLDescription("Replaces the weekly opening schedule (an empty list: never open). Intervals may not overlap.")]
    public async Task<Venue> SetVenueScheduleAsync(
        [ID] string id, IReadOnlyList<OpeningIntervalInput> intervals, ClaimsPrincipal? user, VenuesDbContext db, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        var venue = await VenueLookup.FindChangeableAsync(db, id, user, hierarchy, "change its schedule", cancellationToken).ConfigureAwait(false);
        var schedule = ScheduleRules.Schedule(
            [.. intervals.Select(interval => ScheduleRules.Interval(interval.Day, interval.Opens, interval.Closes, interval.Overnight))]);
        venue.OpeningIntervals = [.. schedule];
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return venue;
    }

    [GraphQLDescription("Replaces the function rooms (names unique, each with at least one purpose).")]
    public async Task<Venue> SetVenueRoomsAsync(
        [ID] string id, IReadOnlyList<FunctionRoomInput> rooms, ClaimsPrincipal? user, VenuesDbContext db, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        var venue = await VenueLookup.FindChangeableAsync(db, id, user, hierarchy, "change its rooms", cancellationToken).ConfigureAwait(false);
        venue.Rooms = RoomRules.Rooms([.. rooms.Select(room => (room.Name, room.Purposes))]);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return venue;
    }

    [GraphQLDescription("Records which of Shanxi's \"四有\" the venue meets.")]
    public async Task<Venue> SetVenueChecklistAsync(
        [ID] string id, VenueChecklistInput checklist, ClaimsPrincipal? user, VenuesDbContext db, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        var venue = await VenueLookup.FindChangeableAsync(db, id, user, hierarchy, "change its checklist", cancellationToken).ConfigureAwait(false);
        venue.HasFixedPlace = checklist.FixedPlace;
        venue.HasSignage = checklist.Signage;
        venue.HasOfficeFacilities = checklist.OfficeFacilities;
        venue.HasPublicityDisplays = checklist.PublicityDisplays;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return venue;
    }
}
