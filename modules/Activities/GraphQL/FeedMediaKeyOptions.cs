namespace Platform.Activities.GraphQL;

/// <summary>
/// Media platforms' keys for the feed (configuration section <c>Activities:MediaKeys</c>, a list): each a name, the
/// SHA-256 of the key as hex (the key itself is never stored) and how many requests a minute it may make.
/// </summary>
public sealed class FeedMediaKeyOptions
{
    public const string Section = "Activities:MediaKeys";

    public string Name { get; set; } = "";

    /// <summary>Lowercase or uppercase hex SHA-256 of the key's UTF-8 bytes (<c>printf %s KEY | sha256sum</c>).</summary>
    public string KeySha256 { get; set; } = "";

    public int PerMinute { get; set; } = 60;
}
