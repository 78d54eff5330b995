namespace Platform.GraphQL.Language;

/// <summary>Character classes of the GraphQL lexical grammar (spec §2.1).</summary>
internal static class CharacterClasses
{
    public static bool IsDigit(int c) => c is >= '0' and <= '9';

    public static bool IsLetter(int c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    public static bool IsNameStart(int c) => IsLetter(c) || c == '_';

    public static bool IsNameContinue(int c) => (uint)c < 128 && NameContinue[c] != 0;

    private static ReadOnlySpan<byte> NameContinue =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    public static bool IsWhiteSpace(int c) => c is ' ' or '\t';

    public static bool IsUnicodeScalarValue(int c) => c is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    public static bool IsLeadingSurrogate(int c) => c is >= 0xD800 and <= 0xDBFF;

    public static bool IsTrailingSurrogate(int c) => c is >= 0xDC00 and <= 0xDFFF;

    public static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
