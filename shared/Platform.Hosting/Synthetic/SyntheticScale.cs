using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Platform.Hosting.Synthetic;

/// <summary>
/// The scale of the synthetic data set a module seeds (<c>Platform:Scale</c>; unset: none). The AppHost sets it from
/// its <c>--scale</c> argument; every module reads the same number and writes its own part.
/// </summary>
public static class SyntheticScale
{
    public const string Setting = "Platform:Scale";

    /// <summary>The configured scale, or null; a value that is not a number in (0, <see cref="SyntheticShape.MaxScale"/>] stops startup.</summary>
    public static double? Read(IConfiguration configuration)
    {
        var text = configuration[Setting];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) || !(scale > 0 && scale <= SyntheticShape.MaxScale))
        {
            throw new InvalidOperationException($"{Setting} must be a number above 0 and at most {SyntheticShape.MaxScale} (1 is Shandong-sized); it is \"{text}\".");
        }

        return scale;
    }
}
