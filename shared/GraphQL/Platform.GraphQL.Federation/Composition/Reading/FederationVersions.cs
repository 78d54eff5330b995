using System.Text.RegularExpressions;

namespace Platform.GraphQL.Federation.Composition.Reading;

/// <summary>The federation v2 spec versions composition knows.</summary>
internal static partial class FederationVersions
{
    /// <summary>The newest federation v2 minor version composition understands.</summary>
    public const int LatestMinor = 11;

    /// <summary>The minor version that introduced <c>@override(label:)</c> (progressive override).</summary>
    public const int OverrideLabelMinor = 7;

    /// <summary>Whether federation <c>v2.{minor}</c> defines the directive (the spec's table: <see cref="FederationElements"/>).</summary>
    public static bool Defines(int minor, string canonical) => FederationElements.Exists("@" + canonical, new Version(2, minor));

    /// <summary>The minor version of a federation spec url (<c>.../federation/v2.3</c>), or null when it is not a known v2 version.</summary>
    public static int? Minor(string url)
    {
        var match = VersionPattern().Match(url);
        return match.Success && int.TryParse(match.Groups[1].Value, out var minor) && minor <= LatestMinor ? minor : null;
    }

    [GeneratedRegex(@"/federation/v2\.(\d+)/?$")]
    private static partial Regex VersionPattern();
}
