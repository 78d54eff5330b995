namespace Platform.Activities.Domain;

/// <summary>
/// The activity part's error codes and the rules an activity's details follow. Every check runs before anything is
/// changed, so a refused input leaves the activity as it was.
/// </summary>
public static class ActivityRules
{
    public const string ActivityNotFound = "ACTIVITY_NOT_FOUND";
    public const string InvalidTransition = "INVALID_ACTIVITY_TRANSITION";
    public const string ActivityClosed = "ACTIVITY_CLOSED";
    public const string InvalidTimes = "INVALID_ACTIVITY_TIMES";
    public const string InvalidPicture = "INVALID_PICTURE";
    public const string InvalidCapacity = "INVALID_CAPACITY";
    public const string VisibilityLocked = "VISIBILITY_LOCKED";
    public const string NotStarted = "ACTIVITY_NOT_STARTED";
    public const string NotCompleted = "ACTIVITY_NOT_COMPLETED";

    public const int MaxTitleLength = 100;
    public const int MaxDescriptionLength = 4000;
    public const int MaxPictures = 9;
    public const int MaxPictureUrlLength = 500;
    public const int MaxTeams = 20;
    public const int MaxCapacity = 100_000;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(7);

    public static string Title(string? title) => Text(title, "The title", MaxTitleLength, required: true);

    public static string Description(string? description) => Text(description, "The description", MaxDescriptionLength, required: false);

    /// <summary>Start before end, at most seven days apart.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Times(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            throw ActivityErrors.Create(InvalidTimes, "An activity must end after it starts.");
        }

        return end - start > MaxDuration
            ? throw ActivityErrors.Create(InvalidTimes, $"An activity lasts at most {MaxDuration.TotalDays:0} days.")
            : (ActivityClock.Truncate(start), ActivityClock.Truncate(end));
    }

    /// <summary>At most nine absolute http(s) links of at most 500 characters, duplicates dropped.</summary>
    public static List<string> Pictures(IReadOnlyList<string>? urls)
    {
        var pictures = (urls ?? []).Select(url => url.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (pictures.Count > MaxPictures)
        {
            throw ActivityErrors.Create(InvalidPicture, $"An activity has at most {MaxPictures} pictures.");
        }

        foreach (var url in pictures)
        {
            if (url.Length > MaxPictureUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                throw ActivityErrors.Create(InvalidPicture, $"A picture is an http or https link of at most {MaxPictureUrlLength} characters.");
            }
        }

        return pictures;
    }

    public static int? Capacity(int? capacity) =>
        capacity is null or (>= 1 and <= MaxCapacity)
            ? capacity
            : throw ActivityErrors.Create(InvalidCapacity, $"A capacity is 1 to {MaxCapacity} participants, or none.");

    public static List<string> Teams(IReadOnlyList<string>? teamIds)
    {
        var teams = (teamIds ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (teams.Count > MaxTeams)
        {
            throw ActivityErrors.Create(ActivityErrors.InvalidLimit, $"An activity names at most {MaxTeams} teams.");
        }

        teams.ForEach(team => ActivityErrors.EnsureId(team, "a team"));
        return teams;
    }

    private static string Text(string? text, string what, int maxLength, bool required)
    {
        var trimmed = text?.Trim() ?? "";
        if (required && trimmed.Length == 0)
        {
            throw ActivityErrors.Create(ActivityErrors.InvalidText, $"{what} must not be empty.");
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw ActivityErrors.Create(ActivityErrors.InvalidText, $"{what} has at most {maxLength} characters.");
    }
}
