namespace Platform.Volunteers.Data;

/// <summary>
/// One unit a home unit lies within: the home unit itself and each of its ancestors, as the Organization module answered
/// when a volunteer last registered with or moved to that unit. A unit's figures sum <see cref="HomeUnitCount"/> over the
/// home units that list it here.
/// </summary>
public sealed class UnitAncestor
{
    public required string UnitId { get; init; }

    public required string AncestorId { get; init; }
}
