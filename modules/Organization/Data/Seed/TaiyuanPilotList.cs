using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Organization.Domain;

namespace Platform.Organization.Data.Seed;

/// <summary>The Taiyuan pilot list as committed in <c>taiyuan-pilots.json</c> (see README.md beside it).</summary>
internal sealed record TaiyuanPilotList(string Source, NamedDivision Province, NamedDivision City, IReadOnlyList<PilotCounty> Counties)
{
    private const string ResourceName = "Platform.Organization.Seed.taiyuan-pilots.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static TaiyuanPilotList Load()
    {
        using var stream = typeof(TaiyuanPilotList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The seed resource {ResourceName} is missing from the assembly.");
        return JsonSerializer.Deserialize<TaiyuanPilotList>(stream, Json)
            ?? throw new InvalidOperationException($"The seed resource {ResourceName} is empty.");
    }
}

internal sealed record NamedDivision(string Name, string? Code);

internal sealed record PilotCounty(
    string Name, string? Code, PilotLevel Pilot, IReadOnlyList<PilotTownship> PilotTownships, IReadOnlyList<PilotVillage> PilotVillages);

internal sealed record PilotTownship(string Name, string? ListedAs);

/// <param name="Township">The township the village belongs to (its name's prefix).</param>
/// <param name="ListedWith">The pilot township printed beside it in 附件2.</param>
internal sealed record PilotVillage(string Name, string Township, SettlementKind Kind, string ListedWith, string? ListedAs, string? Note);
