using System.Text;

namespace Platform.GraphQL.Language;

/// <summary>
/// A string value as a quoted GraphQL string literal (graphql-js <c>printString</c>): C0 and C1 controls,
/// the double quote and the backslash are escaped; everything else is written as is.
/// </summary>
internal static class StringPrinter
{
    private const string HexDigits = "0123456789ABCDEF";

    public static string Print(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        Write(text, value);
        return text.ToString();
    }

    public static void Write(StringBuilder text, string value)
    {
        text.Append('"');
        var runStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!NeedsEscape(c))
            {
                continue;
            }

            text.Append(value, runStart, i - runStart);
            AppendEscape(text, c);
            runStart = i + 1;
        }

        text.Append(value, runStart, value.Length - runStart);
        text.Append('"');
    }

    /// <summary>The printed length, quotes included; counting stops once it exceeds <paramref name="limit"/>.</summary>
    public static int Length(string value, int limit)
    {
        var length = 2 + value.Length;
        for (var i = 0; i < value.Length && length <= limit; i++)
        {
            var c = value[i];
            if (NeedsEscape(c))
            {
                length += EscapeLength(c) - 1;
            }
        }

        return length;
    }

    private static bool NeedsEscape(char c) => c < 0x20 || c == '"' || c == '\\' || c is >= '\u007F' and <= '\u009F';

    private static int EscapeLength(char c) => c is '\b' or '\t' or '\n' or '\f' or '\r' or '"' or '\\' ? 2 : 6;

    private static void AppendEscape(StringBuilder text, char c)
    {
        switch (c)
        {
            case '\b':
                text.Append("\\b");
                break;
            case '\t':
                text.Append("\\t");
                break;
            case '\n':
                text.Append("\\n");
                break;
            case '\f':
                text.Append("\\f");
                break;
            case '\r':
                text.Append("\\r");
                break;
            case '"':
                text.Append("\\\"");
                break;
            case '\\':
                text.Append("\\\\");
                break;
            default:
                text.Append("\\u00").Append(HexDigits[c >> 4]).Append(HexDigits[c & 0xF]);
                break;
        }
    }
}
