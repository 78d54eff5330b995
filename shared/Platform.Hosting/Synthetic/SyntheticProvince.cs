using System.Globalization;

namespace Platform.Hosting.Synthetic;

/// <summary>
/// A made-up province of a given scale (<see cref="SyntheticShape"/>), the same on every run: province → cities →
/// counties → townships → villages/communities, with ids, names, administrative codes (99…, a code no real province
/// has), populations and places. The Organization module writes these units; other modules derive their own rows
/// from them (volunteers of each village, a venue per center/institute/station) without asking that module.
/// </summary>
public sealed class SyntheticProvince
{
    /// <summary>The province's administrative code prefix: no real province uses 99.</summary>
    public const string CodePrefix = "99";

    private readonly Dictionary<string, List<SyntheticUnit>> _children;

    private SyntheticProvince(SyntheticShape shape, List<SyntheticUnit> units, Dictionary<string, List<SyntheticUnit>> children)
    {
        Shape = shape;
        Units = units;
        _children = children;
    }

    public SyntheticShape Shape { get; }

    /// <summary>Every unit, level by level (parents always before their children).</summary>
    public IReadOnlyList<SyntheticUnit> Units { get; }

    public SyntheticUnit Root => Units[0];

    public IEnumerable<SyntheticUnit> OfLevel(SyntheticLevel level) => Units.Where(unit => unit.Level == level);

    public IReadOnlyList<SyntheticUnit> ChildrenOf(string id) => _children.TryGetValue(id, out var list) ? list : [];

    /// <summary>The province of scale <paramref name="scale"/> (see <see cref="SyntheticShape.For"/> for the allowed range).</summary>
    public static SyntheticProvince Describe(double scale)
    {
        var shape = SyntheticShape.For(scale);
        var key = "synthetic/" + scale.ToString("R", CultureInfo.InvariantCulture);
        var random = new SyntheticRandom(key);
        var units = new List<SyntheticUnit>(shape.Units);
        var children = new Dictionary<string, List<SyntheticUnit>>(StringComparer.Ordinal);

        var province = Create(key, null, $"模拟省（规模 {scale.ToString(CultureInfo.InvariantCulture)}）", CodePrefix + "0000", SyntheticLevel.Province, 36.4, 118.6, null, 0);
        units.Add(province);

        var cityNames = new HashSet<string>();
        var cities = Enumerable.Range(1, shape.Cities)
            .Select(c => Create(key, province, SyntheticNames.Place(random, "市", cityNames), CodePrefix + Digits(c, 2) + "00", SyntheticLevel.City,
                random.Between(34.7, 38.0), random.Between(115.2, 122.2), null, 0))
            .ToList();
        AddChildren(units, children, province, cities);

        var counties = Spread(random, cities, shape.Counties, (city, k, names) =>
            Create(key, city, SyntheticNames.Place(random, random.Pick(CountySuffixes), names), city.AdministrativeCode[..4] + Digits(k, 2), SyntheticLevel.County,
                Near(random, city.Latitude, 0.3), Near(random, city.Longitude, 0.3), null, 0), units, children, maxPerParent: 99);

        // Streets (街道) are urban townships: most of their villages are communities.
        var streets = new HashSet<string>(StringComparer.Ordinal);
        var townships = Spread(random, counties, shape.Townships, (county, t, names) =>
        {
            var street = random.Chance(0.2);
            var township = Create(key, county, SyntheticNames.Place(random, street ? "街道" : random.Chance(0.75) ? "镇" : "乡", names), county.AdministrativeCode + Digits(t, 3),
                SyntheticLevel.Township, Near(random, county.Latitude, 0.1), Near(random, county.Longitude, 0.1), null, 0);
            if (street)
            {
                streets.Add(township.Id);
            }

            return township;
        }, units, children, maxPerParent: 999);

        var countyOrdinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var villages = Spread(random, townships, shape.Villages, (township, v, names) =>
        {
            var urban = random.Chance(streets.Contains(township.Id) ? 0.85 : 0.03);
            var county = township.ParentId!;
            var ordinal = countyOrdinals.GetValueOrDefault(county);
            countyOrdinals[county] = ordinal + 1;
            return Create(key, township, SyntheticNames.Place(random, urban ? "社区" : "村", names), township.AdministrativeCode + Digits(v, 3), SyntheticLevel.Village,
                Near(random, township.Latitude, 0.03), Near(random, township.Longitude, 0.03), urban, ordinal);
        }, units, children, maxPerParent: 999);

        Populate(shape, random, villages);
        var described = new SyntheticProvince(shape, units, children);
        foreach (var level in new[] { SyntheticLevel.Township, SyntheticLevel.County, SyntheticLevel.City, SyntheticLevel.Province })
        {
            foreach (var unit in described.OfLevel(level))
            {
                unit.ResidentPopulation = described.ChildrenOf(unit.Id).Sum(child => child.ResidentPopulation);
            }
        }

        return described;
    }

    private static readonly string[] CountySuffixes = ["县", "县", "区", "市"];

    private static List<SyntheticUnit> Spread(
        SyntheticRandom random, List<SyntheticUnit> parents, int total, Func<SyntheticUnit, int, ISet<string>, SyntheticUnit> create,
        List<SyntheticUnit> units, Dictionary<string, List<SyntheticUnit>> children, int maxPerParent)
    {
        var counts = Allocation.Children(total, parents.Count, random);
        var all = new List<SyntheticUnit>(total);
        for (var p = 0; p < parents.Count; p++)
        {
            if (counts[p] > maxPerParent)
            {
                throw new InvalidOperationException($"{parents[p].Name} would get {counts[p]} children; codes allow {maxPerParent}.");
            }

            var names = new HashSet<string>();
            var made = Enumerable.Range(1, counts[p]).Select(n => create(parents[p], n, names)).ToList();
            AddChildren(units, children, parents[p], made);
            all.AddRange(made);
        }

        return all;
    }

    private static void Populate(SyntheticShape shape, SyntheticRandom random, List<SyntheticUnit> villages)
    {
        var weights = villages.Select(village => (village.Urban == true ? 4.0 : 1.0) * random.Between(0.5, 1.5)).ToArray();
        var populations = Allocation.Split(shape.Population, weights, minimum: 50);
        for (var i = 0; i < villages.Count; i++)
        {
            villages[i].ResidentPopulation = populations[i];
        }
    }

    private static void AddChildren(List<SyntheticUnit> units, Dictionary<string, List<SyntheticUnit>> children, SyntheticUnit parent, List<SyntheticUnit> made)
    {
        units.AddRange(made);
        children[parent.Id] = made;
    }

    private static SyntheticUnit Create(
        string key, SyntheticUnit? parent, string name, string code, SyntheticLevel level, double latitude, double longitude, bool? urban, int countyOrdinal)
    {
        var id = SyntheticIds.Of(key + "/" + code);
        return new SyntheticUnit
        {
            Id = id,
            Name = name,
            AdministrativeCode = code,
            Level = level,
            ParentId = parent?.Id,
            Path = (parent?.Path ?? "/") + id + "/",
            Depth = parent is null ? 0 : parent.Depth + 1,
            Urban = urban,
            Latitude = Math.Round(latitude, 6),
            Longitude = Math.Round(longitude, 6),
            CountyOrdinal = countyOrdinal,
        };
    }

    private static double Near(SyntheticRandom random, double center, double spread) => center + random.Between(-spread, spread);

    private static string Digits(int value, int width) => value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
}
