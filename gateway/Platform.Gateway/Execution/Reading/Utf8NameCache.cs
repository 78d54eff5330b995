namespace Platform.Gateway.Execution.Reading;

/// <summary>
/// A small fixed-size table of strings keyed by their UTF-8 bytes, so the same field name read from many module
/// answers is one string instance instead of a new one each time. Only for names (property names and
/// <c>__typename</c> values), never for other values: those may be personal data and must not outlive their answer.
/// A slot holds one immutable entry and a colliding name replaces it, so the table stays bounded and readers on
/// other threads see either the old entry or the new one, never a torn one.
/// </summary>
internal sealed class Utf8NameCache
{
    /// <summary>Longer names are not cached: they are rare and hashing them costs more than it saves.</summary>
    public const int MaxNameBytes = 64;

    private readonly Entry?[] _slots;
    private readonly int _mask;

    /// <param name="size">The number of slots, a power of two.</param>
    public Utf8NameCache(int size = 4096)
    {
        if (size <= 0 || (size & (size - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "The size must be a power of two.");
        }

        _slots = new Entry?[size];
        _mask = size - 1;
    }

    /// <summary>The table shared by every module answer the gateway reads.</summary>
    public static Utf8NameCache Shared { get; } = new();

    /// <summary>The cached string for <paramref name="utf8"/>, or null (then <paramref name="slot"/> is where to <see cref="Store"/> it).</summary>
    public string? Find(ReadOnlySpan<byte> utf8, out int slot)
    {
        slot = (int)Hash(utf8) & _mask;
        var entry = Volatile.Read(ref _slots[slot]);
        return entry is not null && utf8.SequenceEqual(entry.Utf8) ? entry.Value : null;
    }

    /// <summary>Remembers <paramref name="value"/>, the already validated decoding of <paramref name="utf8"/>, in <paramref name="slot"/>.</summary>
    public void Store(int slot, ReadOnlySpan<byte> utf8, string value) =>
        Volatile.Write(ref _slots[slot], new Entry(utf8.ToArray(), value));

    /// <summary>FNV-1a over the bytes; the table only needs a spread, and a bad one merely costs misses.</summary>
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }

    private sealed record Entry(byte[] Utf8, string Value);
}
