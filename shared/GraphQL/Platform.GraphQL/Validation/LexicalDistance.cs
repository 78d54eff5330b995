namespace Platform.GraphQL.Validation;

/// <summary>
/// Optimal string alignment distance between an input and candidate strings, case-insensitive, with an early
/// exit past a threshold (graphql-js <c>LexicalDistance</c>). Equal strings are 0 apart, strings that differ only
/// in case are 1 apart.
/// </summary>
internal sealed class LexicalDistance
{
    private readonly string _input;
    private readonly string _inputLowerCase;
    private readonly int[][] _rows;

    public LexicalDistance(string input)
    {
        _input = input;
        _inputLowerCase = input.ToLowerInvariant();
        _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];
    }

    public int? Measure(string option, int threshold)
    {
        if (string.Equals(_input, option, StringComparison.Ordinal))
        {
            return 0;
        }

        var optionLowerCase = option.ToLowerInvariant();
        if (string.Equals(_inputLowerCase, optionLowerCase, StringComparison.Ordinal))
        {
            return 1;
        }

        var a = optionLowerCase;
        var b = _inputLowerCase;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        var aLength = a.Length;
        var bLength = b.Length;
        if (aLength - bLength > threshold)
        {
            return null;
        }

        var rows = _rows;
        for (var j = 0; j <= bLength; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= aLength; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallestCell = currentRow[0] = i;
            for (var j = 1; j <= bLength; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                }

                if (currentCell < smallestCell)
                {
                    smallestCell = currentCell;
                }

                currentRow[j] = currentCell;
            }

            if (smallestCell > threshold)
            {
                return null;
            }
        }

        var distance = rows[aLength % 3][bLength];
        return distance <= threshold ? distance : null;
    }
}
