namespace Platform.Activities.Domain;

/// <summary>
/// How many brand projects (品牌项目) a unit must have (seed 003 §五.4): a city at least 5 per million registered
/// residents (rounded up: "不少于"); a county center at least 10 when the county has 500,000 residents or more, else 5;
/// a township institute at least 3; a village station at least 1. Other levels have no quota.
/// </summary>
public static class ProjectBrandQuotaRules
{
    public const int CityPerMillion = 5;
    public const int LargeCountyPopulation = 500_000;
    public const int LargeCountyQuota = 10;
    public const int SmallCountyQuota = 5;
    public const int TownshipQuota = 3;
    public const int VillageQuota = 1;

    /// <summary>True when the level has a quota at all.</summary>
    public static bool HasQuota(OrgLevel level) => level is OrgLevel.City or OrgLevel.County or OrgLevel.Township or OrgLevel.Village;

    /// <summary>The quota, or null when it depends on a population that is not known (or the level has none).</summary>
    public static int? Required(OrgLevel level, int? residentPopulation) => level switch
    {
        OrgLevel.City => residentPopulation is { } people ? (int)Math.Ceiling(CityPerMillion * (people / 1_000_000m)) : null,
        OrgLevel.County => residentPopulation is { } people ? (people >= LargeCountyPopulation ? LargeCountyQuota : SmallCountyQuota) : null,
        OrgLevel.Township => TownshipQuota,
        OrgLevel.Village => VillageQuota,
        _ => null,
    };
}
