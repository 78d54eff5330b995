using System.Text;

namespace Platform.GraphQL.Validation;

/// <summary>
/// "Did you mean …?" hints as graphql-js words and orders them (<c>suggestionList</c>, <c>didYouMean</c>,
/// <c>naturalCompare</c>, <c>orList</c>).
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/> to suggest, nearest first, then in natural order.</summary>
    public static List<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new List<string>();
        var lexicalDistance = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            var distance = lexicalDistance.Measure(option, threshold);
            if (distance is { } found)
            {
                if (!distances.ContainsKey(option))
                {
                    candidates.Add(option);
                }

                distances[option] = found;
            }
        }

        SortLikeJavaScript(candidates, (a, b) =>
        {
            var difference = distances[a] - distances[b];
            return difference != 0 ? difference : NaturalCompare(a, b);
        });
        return candidates;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" for up to five suggestions; empty when there are none.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>" Did you mean {subMessage} "a" or "b"?"; empty when there are no suggestions.</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            message.Append(subMessage).Append(' ');
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        var quoted = new string[count];
        for (var i = 0; i < count; i++)
        {
            quoted[i] = "\"" + suggestions[i] + "\"";
        }

        return message.Append(OrList(quoted)).Append('?').ToString();
    }

    /// <summary>"a", "a or b", "a, b, or c".</summary>
    public static string OrList(IReadOnlyList<string> items) => FormatList("or", items);

    /// <summary>"a", "a and b", "a, b, and c".</summary>
    public static string AndList(IReadOnlyList<string> items) => FormatList("and", items);

    /// <summary>Compares strings with runs of digits compared as numbers (graphql-js <c>naturalCompare</c>).</summary>
    public static int NaturalCompare(string a, string b)
    {
        var aIndex = 0;
        var bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            var aChar = a[aIndex];
            var bChar = b[bIndex];
            if (char.IsAsciiDigit(aChar) && char.IsAsciiDigit(bChar))
            {
                // graphql-js stops a number after a leading zero; doubles match its number arithmetic.
                double aNumber = 0;
                do
                {
                    aIndex++;
                    aNumber = (aNumber * 10) + (aChar - '0');
                }
                while (aIndex < a.Length && char.IsAsciiDigit(aChar = a[aIndex]) && aNumber > 0);

                double bNumber = 0;
                do
                {
                    bIndex++;
                    bNumber = (bNumber * 10) + (bChar - '0');
                }
                while (bIndex < b.Length && char.IsAsciiDigit(bChar = b[bIndex]) && bNumber > 0);

                if (aNumber < bNumber)
                {
                    return -1;
                }

                if (aNumber > bNumber)
                {
                    return 1;
                }
            }
            else
            {
                if (aChar != bChar)
                {
                    return aChar < bChar ? -1 : 1;
                }

                aIndex++;
                bIndex++;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>
    /// Sorts in place in the order V8's <c>Array.prototype.sort</c> leaves short arrays (a leading run, then binary
    /// insertion), so that comparers that are not a strict total order still give graphql-js's order.
    /// </summary>
    public static void SortLikeJavaScript<T>(List<T> items, Comparison<T> compare)
    {
        var count = items.Count;
        if (count < 2)
        {
            return;
        }

        if (count >= 64)
        {
            // Long lists only come from consistent comparers, where any stable sort agrees with V8.
            var indexed = new List<(T Item, int Index)>(count);
            for (var i = 0; i < count; i++)
            {
                indexed.Add((items[i], i));
            }

            indexed.Sort((x, y) => compare(x.Item, y.Item) is var order && order != 0 ? order : x.Index - y.Index);
            for (var i = 0; i < count; i++)
            {
                items[i] = indexed[i].Item;
            }

            return;
        }

        var runLength = CountAndMakeRun(items, compare);
        for (var start = runLength; start < count; start++)
        {
            var pivot = items[start];
            var left = 0;
            var right = start;
            while (left < right)
            {
                var middle = left + ((right - left) >> 1);
                if (compare(pivot, items[middle]) < 0)
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }

            for (var p = start; p > left; p--)
            {
                items[p] = items[p - 1];
            }

            items[left] = pivot;
        }
    }

    private static int CountAndMakeRun<T>(List<T> items, Comparison<T> compare)
    {
        var runLength = 2;
        var descending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < items.Count; i++)
        {
            var current = items[i];
            var order = compare(current, previous);
            if (descending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = current;
            runLength++;
        }

        if (descending)
        {
            items.Reverse(0, runLength);
        }

        return runLength;
    }

    private static string FormatList(string conjunction, IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        2 => items[0] + " " + conjunction + " " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", " + conjunction + " " + items[^1],
    };
}
