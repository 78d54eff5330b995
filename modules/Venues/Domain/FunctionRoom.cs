namespace Platform.Venues.Domain;

/// <summary>A function room and the purposes it serves.</summary>
public sealed record FunctionRoom(string Name, IReadOnlyList<RoomPurpose> Purposes);
