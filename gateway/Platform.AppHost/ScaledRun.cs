using System.Globalization;
using Microsoft.Extensions.Configuration;
using Platform.Hosting.Synthetic;

namespace Platform.AppHost;

/// <summary>
/// <c>--scale N</c> (and optionally <c>--volunteer-share f</c>): the modules seed the synthetic province of scale N
/// (<see cref="SyntheticProvince"/>) instead of the real seed data, in a data folder of that scale's own
/// (<c>&lt;data&gt;/scale-N</c>), so the Taiyuan seed's files stay as they are.
/// </summary>
public sealed record ScaledRun(double Scale, double VolunteerShare)
{
    /// <summary>How long a module may take to seed a scaled data set before the AppHost gives up on it.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(60);

    /// <summary>The run the command line asks for; null without <c>--scale</c>. A bad value throws with the setting's rules.</summary>
    public static ScaledRun? From(IConfiguration configuration)
    {
        var scale = configuration["scale"];
        var share = configuration["volunteer-share"];
        if (string.IsNullOrWhiteSpace(scale))
        {
            return string.IsNullOrWhiteSpace(share) ? null : throw new InvalidOperationException("--volunteer-share needs --scale.");
        }

        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [SyntheticScale.Setting] = scale,
            [SyntheticScale.VolunteerShareSetting] = share,
        }).Build();
        return new ScaledRun(SyntheticScale.Read(settings)!.Value, SyntheticScale.ReadVolunteerShare(settings));
    }

    /// <summary><c>scale-0.05</c>, or <c>scale-1-volunteers-0.05</c> when only some counties get volunteers.</summary>
    public string DataFolder => "scale-" + Text(Scale) + (VolunteerShare < 1 ? "-volunteers-" + Text(VolunteerShare) : "");

    /// <summary>What every module is told: the scale, the volunteer share, and no real seed data beside the synthetic.</summary>
    public IReadOnlyDictionary<string, string> ModuleEnvironment => new Dictionary<string, string>
    {
        ["Platform__Scale"] = Text(Scale),
        ["Platform__ScaleVolunteerShare"] = Text(VolunteerShare),
        ["Organization__SeedPilotList"] = "false",
        ["Venues__SeedSample"] = "false",
    };

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
