namespace Platform.Volunteers.Domain;

/// <summary>A mainland mobile number: 11 digits starting 13-19 (a leading +86 or 86 is dropped).</summary>
public static class PhoneNumber
{
    public static string Normalize(string? input)
    {
        var number = new string((input ?? "").Where(c => c is not (' ' or '-')).ToArray());
        if (number.StartsWith("+86", StringComparison.Ordinal))
        {
            number = number[3..];
        }
        else if (number.Length == 13 && number.StartsWith("86", StringComparison.Ordinal))
        {
            number = number[2..];
        }

        if (number.Length != 11 || !number.All(char.IsAsciiDigit) || number[0] != '1' || number[1] < '3')
        {
            throw VolunteerErrors.Create(VolunteerErrors.InvalidPhone, "A phone number is an 11-digit mobile number starting 13-19.");
        }

        return number;
    }

    /// <summary>The first three and last four digits, the middle starred: <c>138****5678</c>.</summary>
    public static string Mask(string number) => number[..3] + new string('*', number.Length - 7) + number[^4..];
}
