namespace Platform.Volunteers.Domain;

/// <summary>
/// The resident identity card number of GB 11643-1999: 17 digits (region, birth date, sequence) and a check character
/// computed ISO 7064 MOD 11-2 (weights 2^(17-i) mod 11; the remainder maps to 1 0 X 9 8 7 6 5 4 3 2).
/// </summary>
public static class IdCardNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>The number in canonical form (upper-case X), or an error saying what is wrong.</summary>
    public static string Normalize(string? input)
    {
        var number = (input ?? "").Trim().ToUpperInvariant();
        if (number.Length != 18 || !number[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(number[17]) || number[17] == 'X'))
        {
            throw VolunteerErrors.Create(VolunteerErrors.InvalidIdCardNumber,
                "An ID-card number has 18 characters: 17 digits and a check digit (0-9 or X).");
        }

        if (!DateOnly.TryParseExact(number[6..14], "yyyyMMdd", out _))
        {
            throw VolunteerErrors.Create(VolunteerErrors.InvalidIdCardNumber, "The ID-card number's birth date (characters 7-14) is not a date.");
        }

        if (number[17] != CheckDigit(number))
        {
            throw VolunteerErrors.Create(VolunteerErrors.InvalidIdCardNumber, "The ID-card number's check digit does not match (GB 11643).");
        }

        return number;
    }

    /// <summary>The check character for the first 17 digits of <paramref name="number"/>.</summary>
    public static char CheckDigit(string number)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (number[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>The first four and last four characters, the rest starred: <c>1401**********123X</c>.</summary>
    public static string Mask(string number) => number[..4] + new string('*', number.Length - 8) + number[^4..];
}
