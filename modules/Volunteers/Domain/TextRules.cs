namespace Platform.Volunteers.Domain;

/// <summary>Free-text inputs: trimmed, not empty when required, and of bounded length.</summary>
public static class TextRules
{
    public static string Required(string? value, string what, int maxLength, string code = VolunteerErrors.InvalidText)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || text.Length > maxLength)
        {
            throw VolunteerErrors.Create(code, $"{what} must have 1 to {maxLength} characters.");
        }

        return text;
    }

    public static string? Optional(string? value, string what, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, what, maxLength);
}
