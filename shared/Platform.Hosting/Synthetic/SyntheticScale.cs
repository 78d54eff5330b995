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

    /// <summary>
    /// The share of the province's counties (the first ones, in code order) whose volunteers are written; 1 when unset.
    /// Lets a benchmark pair a full-size unit tree with the volunteers of a few whole counties (each true to 15 %).
    /// </summary>
    public const string VolunteerShareSetting = "Platform:ScaleVolunteerShare";

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

    /// <summary>The configured <see cref="VolunteerShareSetting"/> (default 1); a value outside (0, 1] stops startup.</summary>
    public static double ReadVolunteerShare(IConfiguration configuration)
    {
        var text = configuration[VolunteerShareSetting];
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share > 0 && share <= 1
            ? share
            : throw new InvalidOperationException($"{VolunteerShareSetting} must be a number above 0 and at most 1; it is \"{text}\".");
    }

    /// <summary>The counties whose volunteers are written at <paramref name="share"/>: the first ⌈share × counties⌉, at least one.</summary>
    public static IEnumerable<SyntheticUnit> CountiesWithVolunteers(SyntheticProvince province, double share)
    {
        var counties = province.OfLevel(SyntheticLevel.County).ToList();
        return counties.Take(Math.Max(1, (int)Math.Ceiling(share * counties.Count - 1e-9)));
    }
}
