using System.Text;

namespace Platform.GraphQL.Language;

/// <summary>Printing of block strings (graphql-js <c>printBlockString</c> and <c>isPrintableAsBlockString</c>).</summary>
public static partial class BlockString
{
    private const string TripleQuote = "\"\"\"";

    private const string EscapedTripleQuote = "\\\"\"\"";

    /// <summary>Where the printed block string puts line breaks of its own around the value.</summary>
    internal readonly record struct Layout(bool LeadingNewLine, bool TrailingNewLine, bool HasTripleQuote)
    {
        /// <summary>True when the printed form spans more than one line.</summary>
        public bool IsMultiline(string value) => LeadingNewLine || TrailingNewLine || value.Contains('\n');

        public int PrintedLength(string value) =>
            6 + (LeadingNewLine ? 1 : 0) + (TrailingNewLine ? 1 : 0) + value.Length + (HasTripleQuote ? CountTripleQuotes(value) : 0);
    }

    /// <summary>The value as a <c>"""</c>-quoted block string literal.</summary>
    public static string Print(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        var layout = GetLayout(value);
        text.Append(TripleQuote);
        if (layout.LeadingNewLine)
        {
            text.Append('\n');
        }

        text.Append(layout.HasTripleQuote ? value.Replace(TripleQuote, EscapedTripleQuote, StringComparison.Ordinal) : value);
        if (layout.TrailingNewLine)
        {
            text.Append('\n');
        }

        return text.Append(TripleQuote).ToString();
    }

    internal static Layout GetLayout(string value)
    {
        var hasTripleQuote = value.Contains(TripleQuote, StringComparison.Ordinal);
        var isSingleLine = value.AsSpan().IndexOfAny('\n', '\r') < 0;
        var forceLeadingNewLine = !isSingleLine && LaterLinesAreBlankOrIndented(value);
        var hasTrailingTripleQuotes = hasTripleQuote &&
            value.Replace(TripleQuote, EscapedTripleQuote, StringComparison.Ordinal).EndsWith(EscapedTripleQuote, StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var forceTrailingNewLine = hasTrailingQuote || value.EndsWith('\\');
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && CharacterClasses.IsWhiteSpace(value[0]);
        return new Layout(
            (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine,
            printAsMultipleLines || forceTrailingNewLine,
            hasTripleQuote);
    }

    /// <summary>Whether printing the value as a block string keeps it intact (its lines survive dedenting).</summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case < '\t' or '\u000B' or '\u000C' or '\r' or '\u000E' or '\u000F':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>Lines are split at <c>\r\n</c>, <c>\n</c> or <c>\r</c>; the first line is not considered.</summary>
    private static bool LaterLinesAreBlankOrIndented(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is not ('\n' or '\r'))
            {
                continue;
            }

            if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
            {
                i++;
            }

            var next = i + 1 < value.Length ? value[i + 1] : '\n';
            if (next is not ('\n' or '\r') && !CharacterClasses.IsWhiteSpace(next))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountTripleQuotes(string value)
    {
        var count = 0;
        var at = value.IndexOf(TripleQuote, StringComparison.Ordinal);
        while (at >= 0)
        {
            count++;
            at = value.IndexOf(TripleQuote, at + 3, StringComparison.Ordinal);
        }

        return count;
    }
}
