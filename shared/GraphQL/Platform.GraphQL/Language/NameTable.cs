using System.Runtime.CompilerServices;

namespace Platform.GraphQL.Language;

/// <summary>
/// A small, lossy, process-wide cache of name strings, so that parsing the same operations again (field and type
/// names repeat across requests) reuses one string per name instead of allocating a new one per token.
/// A slot holds the last name that hashed to it; a collision just allocates. Memory is bounded by the slot count
/// and <see cref="MaxLength"/>; reads and writes of a reference are atomic, so no lock is needed.
/// </summary>
internal static class NameTable
{
    // FNV-1a, computed by the lexer while it scans the name. A collision costs only an allocation, so a
    // randomized hash would buy nothing here.
    public const uint HashSeed = 2166136261u;

    private const int MaxLength = 32;
    private const int SlotCount = 4096;
    private static readonly string?[] Slots = new string?[SlotCount];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint hash, char c) => (hash ^ c) * 16777619u;

    public static string Get(ReadOnlySpan<char> name, uint hash)
    {
        if (name.Length > MaxLength)
        {
            return name.ToString();
        }

        ref var slot = ref Slots[hash & (SlotCount - 1)];
        var cached = slot;
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }

        var created = name.ToString();
        slot = created;
        return created;
    }
}
