namespace Platform.Volunteers.Tests;

/// <summary>
/// A small tree of fresh unit ids for subtree tests: a city with two counties; the first county has townships A (villages
/// A1, A2) and B (village B1); the other county one village. <see cref="Parents"/> feeds <c>OrganizationStandIn</c>.
/// </summary>
internal sealed class UnitTree
{
    public string City { get; } = VolunteerClient.NewUnit();

    public string County { get; } = VolunteerClient.NewUnit();

    public string TownshipA { get; } = VolunteerClient.NewUnit();

    public string VillageA1 { get; } = VolunteerClient.NewUnit();

    public string VillageA2 { get; } = VolunteerClient.NewUnit();

    public string TownshipB { get; } = VolunteerClient.NewUnit();

    public string VillageB1 { get; } = VolunteerClient.NewUnit();

    public string OtherCounty { get; } = VolunteerClient.NewUnit();

    public string OtherVillage { get; } = VolunteerClient.NewUnit();

    public Dictionary<string, string?> Parents => new()
    {
        [City] = null,
        [County] = City,
        [TownshipA] = County,
        [VillageA1] = TownshipA,
        [VillageA2] = TownshipA,
        [TownshipB] = County,
        [VillageB1] = TownshipB,
        [OtherCounty] = City,
        [OtherVillage] = OtherCounty,
    };

    public IReadOnlyList<string> All => [.. Parents.Keys];
}
