using Platform.Venues.Domain;

namespace Platform.Venues.GraphQL;

/// <summary>What describes a venue; <c>updateVenue</c> replaces all of it (nullable fields are cleared when null).</summary>
[GraphQLDescription("What describes a venue: kind, name, address, location and contacts.")]
public sealed record VenueDetailsInput(
    VenueKind Kind,
    [property: GraphQLDescription("1 to 100 characters; surrounding spaces are dropped.")] string Name,
    [property: GraphQLDescription("1 to 200 characters.")] string Address,
    [property: GraphQLDescription("WGS-84, −90 to 90.")] double Latitude,
    [property: GraphQLDescription("WGS-84, −180 to 180.")] double Longitude,
    [property: GraphQLDescription("Digits, spaces, + - ( ); at least 3 digits.")] string? ContactPhone = null,
    [property: GraphQLDescription("An absolute http(s) URL.")] string? QrCodeUrl = null);

/// <summary>One opening interval as a caller writes it.</summary>
[GraphQLDescription("An opening interval in local time (Asia/Shanghai).")]
public sealed record OpeningIntervalInput(
    Weekday Day,
    [property: GraphQLDescription("HH:mm, 00:00 to 23:59.")] string Opens,
    [property: GraphQLDescription("HH:mm after opens on the same day (24:00 is midnight), or at or before opens when overnight.")] string Closes,
    [property: GraphQLDescription("Closes on the next day; equal opens and closes mean 24 hours.")] bool Overnight = false);

/// <summary>One function room as a caller writes it.</summary>
[GraphQLDescription("A function room and the purposes it serves (at least one).")]
public sealed record FunctionRoomInput(string Name, IReadOnlyList<RoomPurpose> Purposes);

/// <summary>Shanxi's "四有" as a caller reports it.</summary>
[GraphQLDescription("Shanxi's \"四有\": fixed place, signage, office facilities, publicity displays.")]
public sealed record VenueChecklistInput(bool FixedPlace, bool Signage, bool OfficeFacilities, bool PublicityDisplays);
