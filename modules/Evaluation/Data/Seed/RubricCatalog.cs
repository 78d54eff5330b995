using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Evaluation.Data.Seed;

/// <summary>
/// The rubrics the module ships, read from the JSON files beside this class (embedded in the assembly): Shanxi's
/// 110-point pilot rubric of seed 002 附件4, transcribed as written (see README.md here).
/// </summary>
internal static class RubricCatalog
{
    public const string ShanxiPilotCode = "shanxi-2020-pilot";

    private const string ShanxiPilotResource = "Platform.Evaluation.Seed.shanxi-pilot-rubric.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false) },
    };

    private static readonly Lazy<Rubric> Shanxi = new(() => Load(ShanxiPilotResource));

    /// <summary>A fresh copy of Shanxi's pilot rubric.</summary>
    public static Rubric ShanxiPilot()
    {
        var rubric = Shanxi.Value;
        return new Rubric
        {
            Code = rubric.Code,
            Name = rubric.Name,
            Province = rubric.Province,
            Source = rubric.Source,
            Notes = [.. rubric.Notes],
            Items = [.. rubric.Items],
        };
    }

    private static Rubric Load(string resource)
    {
        using var stream = typeof(RubricCatalog).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded rubric {resource} is missing from the assembly.");
        var file = JsonSerializer.Deserialize<RubricFile>(stream, Json)
            ?? throw new InvalidOperationException($"The embedded rubric {resource} is empty.");
        var rubric = new Rubric { Code = file.Code, Name = file.Name, Province = file.Province, Source = file.Source, Notes = file.Notes, Items = file.Items };
        if (rubric.TotalPoints != file.TotalPoints || rubric.BasicPoints != file.BasicPoints || rubric.FeaturedPoints != file.FeaturedPoints)
        {
            throw new InvalidOperationException($"The rubric {file.Code} says {file.TotalPoints} points but its items add up to {rubric.TotalPoints}.");
        }

        return rubric;
    }

    private sealed record RubricFile(
        string Code, string Name, string Province, string Source, decimal TotalPoints, decimal BasicPoints, decimal FeaturedPoints, List<string> Notes, List<RubricItem> Items);
}
