using Platform.Venues.Domain;

namespace Platform.Venues.GraphQL;

/// <summary>The rooms serving one purpose.</summary>
public sealed record RoomsOfPurpose(RoomPurpose Purpose, IReadOnlyList<FunctionRoom> Rooms);
