namespace Platform.Venues.Domain;

/// <summary>The rules a venue's descriptive fields must meet; each returns the value to store or throws a coded error.</summary>
public static class VenueRules
{
    public const int MaxNameLength = 100;
    public const int MaxAddressLength = 200;
    public const int MaxPhoneLength = 30;
    public const int MaxUrlLength = 500;

    public static string Name(string? name) =>
        Text(name, MaxNameLength, VenueErrors.InvalidName, "A venue name");

    public static string Address(string? address) =>
        Text(address, MaxAddressLength, VenueErrors.InvalidAddress, "An address");

    /// <summary>WGS-84 degrees: latitude −90…90, longitude −180…180.</summary>
    public static (double Latitude, double Longitude) Coordinates(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            throw VenueErrors.Create(VenueErrors.InvalidCoordinates, $"The latitude {latitude} is outside −90…90 degrees.");
        }

        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
        {
            throw VenueErrors.Create(VenueErrors.InvalidCoordinates, $"The longitude {longitude} is outside −180…180 degrees.");
        }

        return (latitude, longitude);
    }

    /// <summary>A phone number as people write it (digits, spaces, +, -, parentheses), at least 3 digits; null clears it.</summary>
    public static string? Phone(string? phone)
    {
        if (phone is null)
        {
            return null;
        }

        var trimmed = phone.Trim();
        var wellFormed = trimmed.Length <= MaxPhoneLength
            && trimmed.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')')
            && trimmed.Count(char.IsAsciiDigit) >= 3;
        return wellFormed
            ? trimmed
            : throw VenueErrors.Create(VenueErrors.InvalidPhone, $"\"{phone}\" is not a phone number (digits, spaces, + - ( ), at most {MaxPhoneLength} characters).");
    }

    /// <summary>The link a venue's QR code opens: an absolute http or https URL; null clears it.</summary>
    public static string? QrCodeUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var trimmed = url.Trim();
        var wellFormed = trimmed.Length <= MaxUrlLength
            && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host);
        return wellFormed
            ? trimmed
            : throw VenueErrors.Create(VenueErrors.InvalidUrl, $"\"{url}\" is not an absolute http(s) URL of at most {MaxUrlLength} characters.");
    }

    private static string Text(string? text, int maxLength, string code, string what)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > maxLength || trimmed.Any(char.IsControl))
        {
            throw VenueErrors.Create(code, $"{what} must be 1 to {maxLength} characters without control characters.");
        }

        return trimmed;
    }
}
