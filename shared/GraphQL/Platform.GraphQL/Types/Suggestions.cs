namespace Platform.GraphQL.Types;

/// <summary>graphql-js <c>suggestionList</c> and <c>didYouMean</c>: close matches for a mistyped name.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options within lexical distance of <paramref name="input"/>, closest first, ties in natural order.</summary>
    public static List<string> For(string input, IEnumerable<string> options)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var inputLower = input.ToLowerInvariant();
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            if (LexicalDistance(input, inputLower, option, threshold) is { } distance)
            {
                distances[option] = distance;
            }
        }

        var result = distances.Keys.ToList();
        result.Sort((a, b) => distances[a] != distances[b] ? distances[a] - distances[b] : NaturalCompare(a, b));
        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (with an optional sub-message), or "" when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        var list = quoted.Count switch
        {
            1 => quoted[0],
            2 => quoted[0] + " or " + quoted[1],
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        };
        return " Did you mean " + (subMessage is null ? string.Empty : subMessage + " ") + list + "?";
    }

    private static int? LexicalDistance(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new[] { new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1] };
        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallestCell = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallestCell = Math.Min(smallestCell, currentCell);
                currentRow[j] = currentCell;
            }

            if (smallestCell > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    private static int NaturalCompare(string a, string b)
    {
        int aIndex = 0, bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            var aChar = a[aIndex];
            var bChar = b[bIndex];
            if (char.IsAsciiDigit(aChar) && char.IsAsciiDigit(bChar))
            {
                var aNumber = ReadNumber(a, ref aIndex);
                var bNumber = ReadNumber(b, ref bIndex);
                if (aNumber != bNumber)
                {
                    return aNumber < bNumber ? -1 : 1;
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

    // Mirrors graphql-js: a leading zero ends the number after one digit.
    private static double ReadNumber(string text, ref int index)
    {
        double number = 0;
        do
        {
            number = (number * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && number > 0);

        return number;
    }
}
