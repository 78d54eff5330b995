using System.Globalization;
using System.Security.Cryptography;
using Platform.Activities.GraphQL;

namespace Platform.Activities.Tests;

/// <summary>One configured media key (<c>Activities:MediaKeys:0</c>) for a test host, and fresh keys to configure.</summary>
internal static class MediaKeySettings
{
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    public static KeyValuePair<string, string?>[] For(string platform, string key, int perMinute) =>
    [
        new("Activities:MediaKeys:0:Name", platform),
        new("Activities:MediaKeys:0:KeySha256", FeedMediaKeys.Hash(key)),
        new("Activities:MediaKeys:0:PerMinute", perMinute.ToString(CultureInfo.InvariantCulture)),
    ];
}
