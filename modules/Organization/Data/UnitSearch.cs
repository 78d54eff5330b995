using Microsoft.EntityFrameworkCore;

namespace Platform.Organization.Data;

/// <summary>
/// Name search ("contains"). On PostgreSQL it is a LIKE pattern with the text's wildcards escaped, which the trigram
/// index <c>ix_org_units_name_trgm</c> (pg_trgm, GIN) serves for texts of three characters or more; on SQLite a plain
/// substring test.
/// </summary>
public static class UnitSearch
{
    private const string Escape = "\\";

    public static IQueryable<OrgUnit> NameContains(this IQueryable<OrgUnit> units, string text, bool postgres)
    {
        if (!postgres)
        {
            return units.Where(unit => unit.Name.Contains(text));
        }

        var pattern = "%" + text.Replace(Escape, Escape + Escape).Replace("%", Escape + "%").Replace("_", Escape + "_") + "%";
        return units.Where(unit => EF.Functions.Like(unit.Name, pattern, Escape));
    }
}
