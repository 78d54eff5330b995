namespace Platform.Activities.Domain;

/// <summary>The checks on what people write into a project: name, description, notes, teams.</summary>
public static class ProjectRules
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 2000;
    public const int MaxNoteLength = 500;
    public const int MaxTeams = 50;

    public static string Text(string? value, string field, int maxLength) => ServiceOrderRules.Text(value, field, maxLength);

    public static string? OptionalText(string? value, string field, int maxLength) => ServiceOrderRules.OptionalText(value, field, maxLength);

    /// <summary>Distinct well-formed team ids, at most <see cref="MaxTeams"/>, in the order given.</summary>
    public static List<string> Teams(IReadOnlyList<string>? teamIds)
    {
        var teams = (teamIds ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (teams.Count > MaxTeams || teams.Any(id => !EntityIds.IsWellFormed(id)))
        {
            throw ActivityErrors.Create(ProjectErrors.InvalidTeams, $"Teams are up to {MaxTeams} team ids of {EntityIds.Length} lowercase hexadecimal digits.");
        }

        return teams;
    }
}
