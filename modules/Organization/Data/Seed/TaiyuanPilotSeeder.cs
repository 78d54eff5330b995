using Microsoft.EntityFrameworkCore;
using Platform.Hosting.Data;
using Platform.Organization.Domain;

namespace Platform.Organization.Data.Seed;

/// <summary>
/// Loads the Taiyuan pilot tree (山西省 → 太原市 → 10 counties → townships → pilot villages) from
/// <see cref="TaiyuanPilotList"/>. Ids derive from the names, so a unit already there is left as it is (an admin may
/// have renamed or moved it) and running again adds nothing.
/// </summary>
internal sealed class TaiyuanPilotSeeder : IDatabaseSeeder<OrganizationDbContext>
{
    public async Task SeedAsync(OrganizationDbContext context, CancellationToken cancellationToken)
    {
        var units = Build(TaiyuanPilotList.Load());
        var ids = units.Select(unit => unit.Id).ToList();
        var existing = await context.Units.Where(unit => ids.Contains(unit.Id)).Select(unit => unit.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var missing = units.Where(unit => !existing.Contains(unit.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // Parents precede children in Build's order, and EF orders inserts by the foreign key too.
        context.Units.AddRange(missing);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        context.ChangeTracker.Clear();
    }

    /// <summary>The seed's units, parents before children.</summary>
    internal static List<OrgUnit> Build(TaiyuanPilotList list)
    {
        var units = new List<OrgUnit>();
        var province = Add(units, null, list.Province.Name, OrgLevel.Province, list.Province.Code, PilotLevel.None, null);
        var city = Add(units, province, list.City.Name, OrgLevel.City, list.City.Code, PilotLevel.None, null);
        foreach (var county in list.Counties)
        {
            var center = Add(units, city, county.Name, OrgLevel.County, county.Code, county.Pilot, null);
            var townships = county.PilotTownships.ToDictionary(
                township => township.Name,
                township => Add(units, center, township.Name, OrgLevel.Township, null, PilotLevel.County, null));
            foreach (var village in county.PilotVillages)
            {
                if (!townships.TryGetValue(village.Township, out var township))
                {
                    township = Add(units, center, village.Township, OrgLevel.Township, null, PilotLevel.None, null);
                    townships.Add(village.Township, township);
                }

                Add(units, township, village.Name, OrgLevel.Village, null, PilotLevel.County, village.Kind);
            }
        }

        return units;
    }

    private static OrgUnit Add(List<OrgUnit> units, OrgUnit? parent, string name, OrgLevel level, string? code, PilotLevel pilot, SettlementKind? kind)
    {
        var id = UnitIds.FromKey("seed:" + (parent is null ? "" : parent.Id + "/") + name);
        var unit = new OrgUnit
        {
            Id = id,
            Name = name,
            Level = level,
            AdministrativeCode = code,
            PilotLevel = pilot,
            Kind = kind,
            ParentId = parent?.Id,
            Path = parent is null ? UnitPath.Root(id) : UnitPath.Child(parent.Path, id),
            Depth = parent is null ? 0 : parent.Depth + 1,
        };
        units.Add(unit);
        return unit;
    }
}
