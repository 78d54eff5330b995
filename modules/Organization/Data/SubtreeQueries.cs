using Platform.Organization.Domain;

namespace Platform.Organization.Data;

/// <summary>Subtree filters as index range conditions on the materialized path.</summary>
public static class SubtreeQueries
{
    /// <summary>The unit at <paramref name="path"/> and every unit below it.</summary>
    public static IQueryable<OrgUnit> InSubtree(this IQueryable<OrgUnit> units, string path)
    {
        var end = UnitPath.SubtreeEnd(path);
        return units.Where(unit => string.Compare(unit.Path, path) >= 0 && string.Compare(unit.Path, end) < 0);
    }
}
