namespace Platform.Volunteers.Domain;

/// <summary>Which team level may sit under which.</summary>
public static class TeamLevels
{
    public static TeamLevel? ParentOf(TeamLevel level) => level switch
    {
        TeamLevel.GeneralBrigade => null,
        TeamLevel.Brigade => TeamLevel.Detachment,
        _ => TeamLevel.GeneralBrigade,
    };

    /// <summary>Throws unless a team of <paramref name="level"/> may sit under a team of <paramref name="parent"/> (or at the top when null).</summary>
    public static void EnsureFits(TeamLevel level, TeamLevel? parent)
    {
        if (parent is { } actual && ParentOf(level) != actual)
        {
            throw VolunteerErrors.Create(VolunteerErrors.TeamLevelMismatch, $"A {level} team cannot sit under a {actual} team.");
        }
    }
}
