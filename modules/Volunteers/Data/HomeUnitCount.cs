namespace Platform.Volunteers.Data;

/// <summary>
/// The volunteers whose home unit is <see cref="UnitId"/>, counted: kept by registration, moves and the service-record
/// writes that change a volunteer's with-hours flag, each by an atomic increment in its own transaction.
/// </summary>
public sealed class HomeUnitCount
{
    public required string UnitId { get; init; }

    public int Registered { get; init; }

    public int WithHours { get; init; }

    public int PartyMembers { get; init; }

    public int PartyMembersWithHours { get; init; }
}
