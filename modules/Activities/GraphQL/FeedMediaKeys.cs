using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Activities.GraphQL;

/// <summary>What a presented media key gave: unknown, allowed, or over its limit (with the seconds until the next minute).</summary>
public enum MediaKeyVerdict
{
    Unknown,
    Allowed,
    RateLimited,
}

/// <summary>
/// The configured media keys, found by the hash of the presented key, each with a per-minute budget counted in fixed
/// minute windows of the module's clock. Counts live in this process (one instance; several would share a store).
/// </summary>
public sealed class FeedMediaKeys
{
    private readonly Dictionary<string, FeedMediaKeyOptions> _byHash;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public FeedMediaKeys(IEnumerable<FeedMediaKeyOptions> keys, TimeProvider clock)
    {
        _clock = clock;
        _byHash = new Dictionary<string, FeedMediaKeyOptions>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var hash = key.KeySha256.Trim().ToLowerInvariant();
            if (hash.Length != 64 || !hash.All(Uri.IsHexDigit) || string.IsNullOrWhiteSpace(key.Name) || key.PerMinute < 1)
            {
                throw new InvalidOperationException($"{FeedMediaKeyOptions.Section}: each key needs a Name, a 64-digit hex KeySha256 and a PerMinute of at least 1 (\"{key.Name}\" has not).");
            }

            _byHash[hash] = key;
        }
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Counts one request of the key; the key's name comes back for logs.</summary>
    public (MediaKeyVerdict Verdict, string? Name, int RetryAfterSeconds) Use(string presented)
    {
        if (presented.Length > 256 || !_byHash.TryGetValue(Hash(presented), out var key))
        {
            return (MediaKeyVerdict.Unknown, null, 0);
        }

        var now = _clock.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        var window = _windows.AddOrUpdate(key.KeySha256, _ => new Window(minute, 1), (_, old) => old.Minute == minute ? old with { Count = old.Count + 1 } : new Window(minute, 1));
        var retryAfter = (int)(60 - (now.ToUnixTimeSeconds() % 60));
        return window.Count <= key.PerMinute ? (MediaKeyVerdict.Allowed, key.Name, 0) : (MediaKeyVerdict.RateLimited, key.Name, retryAfter);
    }

    private sealed record Window(long Minute, int Count);
}
