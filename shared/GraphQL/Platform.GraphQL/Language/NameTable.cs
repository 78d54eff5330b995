namespace Platform.GraphQL.Language;

/// <summary>
/// A small, lossy, process-wide cache of name strings, so that parsing the same operations again (field and type
/// names repeat across requests) reuses one string per name instead of allocating a new one per token.
/// A slot holds the last name that hashed to it; a collision just allocates. Memory is bounded by the slot count
/// and <see cref="MaxLength"/>; reads and writes of a reference are atomic, so no lock is needed.
/// </summary>
internal static class NameTable
{
    private const int MaxLength = 32;
    private const int SlotCount = 4096;
    private static readonly string?[] Slots = new string?[SlotCount];

    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxLength)
        {
            return name.ToString();
        }

        ref var slot = ref Slots[Hash(name) & (SlotCount - 1)];
        var cached = slot;
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }

        var created = name.ToString();
        slot = created;
        return created;
    }

    // Length and four sampled characters rather than every character: names are short and a collision costs only an
    // allocation, so a cheap hash beats a thorough one here.
    private static uint Hash(ReadOnlySpan<char> name)
    {
        var length = (uint)name.Length;
        var hash = length * 0x9E3779B1u;
        hash ^= (uint)name[0] << 16 | (uint)name[^1];
        if (length > 2)
        {
            hash = (hash * 31) + ((uint)name[1] << 8 | (uint)name[(int)(length / 2)]);
        }

        return hash ^ (hash >> 15);
    }
}
