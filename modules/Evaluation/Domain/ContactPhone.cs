namespace Platform.Evaluation.Domain;

/// <summary>
/// A contact phone left with a message: a mainland mobile (11 digits, 13–19) or a landline with area code (0 and
/// 9–11 more digits), written with or without spaces and dashes, +86 or 86 dropped. Personal data: stored encrypted.
/// </summary>
public static class ContactPhone
{
    /// <summary>The digits only; throws <see cref="EvaluationErrors.InvalidPhone"/> for anything else.</summary>
    public static string Normalize(string phone)
    {
        var number = new string(phone.Where(c => c is not (' ' or '-')).ToArray());
        if (number.StartsWith("+86", StringComparison.Ordinal))
        {
            number = number[3..];
        }
        else if (number.Length == 13 && number.StartsWith("86", StringComparison.Ordinal))
        {
            number = number[2..];
        }

        var digits = number.All(char.IsAsciiDigit);
        var mobile = digits && number.Length == 11 && number[0] == '1' && number[1] >= '3';
        var landline = digits && number.Length is >= 10 and <= 12 && number[0] == '0';
        return mobile || landline
            ? number
            : throw EvaluationErrors.Create(EvaluationErrors.InvalidPhone,
                "A contact phone is an 11-digit mobile number (13–19…) or a landline with its area code (0…, 10 to 12 digits).");
    }

    /// <summary>The first three and last four digits, the middle starred: <c>138****5678</c>, <c>035*****4567</c>.</summary>
    public static string Mask(string number) => number[..3] + new string('*', number.Length - 7) + number[^4..];
}
