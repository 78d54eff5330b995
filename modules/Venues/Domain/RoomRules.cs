namespace Platform.Venues.Domain;

/// <summary>The rules for a venue's function rooms (功能室) and what the provinces ask of them.</summary>
public static class RoomRules
{
    public const int MaxRooms = 50;
    public const int MaxRoomNameLength = 50;

    /// <summary>Shandong: every venue has at least three function rooms, one room serving several purposes (seed 003 §二.7).</summary>
    public const int ShandongMinimumRooms = 3;

    /// <summary>The rooms to store: at most <see cref="MaxRooms"/>, names unique and 1–50 characters, each with at least one purpose.</summary>
    public static List<FunctionRoom> Rooms(IReadOnlyCollection<(string Name, IReadOnlyList<RoomPurpose> Purposes)> rooms)
    {
        if (rooms.Count > MaxRooms)
        {
            throw VenueErrors.Create(VenueErrors.InvalidRooms, $"A venue has at most {MaxRooms} function rooms.");
        }

        var result = new List<FunctionRoom>();
        foreach (var (name, purposes) in rooms)
        {
            var trimmed = name?.Trim() ?? "";
            if (trimmed.Length == 0 || trimmed.Length > MaxRoomNameLength || trimmed.Any(char.IsControl))
            {
                throw VenueErrors.Create(VenueErrors.InvalidRooms, $"A room name must be 1 to {MaxRoomNameLength} characters without control characters.");
            }

            if (result.Any(room => room.Name == trimmed))
            {
                throw VenueErrors.Create(VenueErrors.InvalidRooms, $"Two rooms are named \"{trimmed}\".");
            }

            if (purposes.Count == 0)
            {
                throw VenueErrors.Create(VenueErrors.InvalidRooms, $"The room \"{trimmed}\" needs at least one purpose.");
            }

            result.Add(new FunctionRoom(trimmed, [.. purposes.Distinct().Order()]));
        }

        return result;
    }
}
