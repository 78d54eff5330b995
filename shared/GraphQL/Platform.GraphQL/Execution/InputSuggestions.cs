namespace Platform.GraphQL.Execution;

/// <summary>graphql-js's <c>suggestionList</c> and <c>didYouMean</c>, for the hints in input coercion messages.</summary>
internal static class InputSuggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>" Did you mean "a", "b", or "c"?" (with an optional sub-message before the list), or "" when none.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var quoted = new List<string>();
        for (var i = 0; i < suggestions.Count && i < MaxSuggestions; i++)
        {
            quoted.Add("\"" + suggestions[i] + "\"");
        }

        var list = quoted.Count switch
        {
            1 => quoted[0],
            2 => quoted[0] + " or " + quoted[1],
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        };
        return " Did you mean " + (subMessage is null ? "" : subMessage + " ") + list + "?";
    }

    /// <summary>The options close enough to <paramref name="input"/>, nearest first, ties in natural order.</summary>
    public static IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            int? distance = option == input ? 0
                : option.ToLowerInvariant() == inputLower ? 1
                : Distance(option.ToLowerInvariant(), inputLower, threshold);
            if (distance is { } d && !found.Exists(f => f.Option == option))
            {
                found.Add((option, d));
            }
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        return found.ConvertAll(f => f.Option);
    }

    // Damerau-Levenshtein (optimal string alignment) with an early exit past the threshold.
    private static int? Distance(string optionLower, string inputLower, int threshold)
    {
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

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    private static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            if (char.IsAsciiDigit(a[ai]) && char.IsAsciiDigit(b[bi]))
            {
                var aNum = ReadNumber(a, ref ai);
                var bNum = ReadNumber(b, ref bi);
                if (aNum != bNum)
                {
                    return aNum < bNum ? -1 : 1;
                }
            }
            else
            {
                if (a[ai] != b[bi])
                {
                    return a[ai] < b[bi] ? -1 : 1;
                }

                ai++;
                bi++;
            }
        }

        return a.Length - b.Length;
    }

    // Mirrors graphql-js: stops after a leading zero, so "007" reads as 0 then "07".
    private static long ReadNumber(string s, ref int index)
    {
        long number = 0;
        do
        {
            number = (number * 10) + (s[index] - '0');
            index++;
        }
        while (index < s.Length && char.IsAsciiDigit(s[index]) && number > 0);

        return number;
    }
}
