namespace Platform.Hosting.Synthetic;

/// <summary>
/// How many units of each level a synthetic province of scale <see cref="Scale"/> has. Scale 1 is Shandong-sized:
/// 16 cities, 136 counties, about 1,800 townships and 70,000 villages/communities, 100 million residents; every
/// count scales linearly (at least one unit per level, and at least one child per parent).
/// </summary>
public sealed record SyntheticShape(double Scale, int Cities, int Counties, int Townships, int Villages, long Population)
{
    /// <summary>Above this the administrative codes (two digits per city, three per village in a township) run out.</summary>
    public const double MaxScale = 6;

    public const int ShandongCities = 16;
    public const int ShandongCounties = 136;
    public const int ShandongTownships = 1_800;
    public const int ShandongVillages = 70_000;
    public const long ShandongPopulation = 100_000_000;

    public int Units => 1 + Cities + Counties + Townships + Villages;

    public static SyntheticShape For(double scale)
    {
        if (!(scale > 0 && scale <= MaxScale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, $"The scale must be above 0 and at most {MaxScale}.");
        }

        var cities = Math.Max(1, Round(ShandongCities * scale));
        var counties = Math.Max(cities, Round(ShandongCounties * scale));
        var townships = Math.Max(counties, Round(ShandongTownships * scale));
        var villages = Math.Max(townships, Round(ShandongVillages * scale));
        var population = Math.Max(villages * 100L, (long)Math.Round(ShandongPopulation * scale));
        return new SyntheticShape(scale, cities, counties, townships, villages, population);
    }

    private static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
