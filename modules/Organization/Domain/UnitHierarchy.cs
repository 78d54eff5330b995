namespace Platform.Organization.Domain;

/// <summary>
/// Which level may sit under which: province → city → county (center) → township (institute) → village (station)
/// [seed 002 §三]; family stations under a station, practice bases under a center or an institute [seed 003 §二.3-4].
/// </summary>
public static class UnitHierarchy
{
    private static readonly Dictionary<OrgLevel, OrgLevel[]> ParentLevels = new()
    {
        [OrgLevel.Province] = [],
        [OrgLevel.City] = [OrgLevel.Province],
        [OrgLevel.County] = [OrgLevel.City],
        [OrgLevel.Township] = [OrgLevel.County],
        [OrgLevel.Village] = [OrgLevel.Township],
        [OrgLevel.FamilyStation] = [OrgLevel.Village],
        [OrgLevel.PracticeBase] = [OrgLevel.County, OrgLevel.Township],
    };

    /// <summary>The levels a unit of <paramref name="level"/> may sit under; empty for a root.</summary>
    public static IReadOnlyList<OrgLevel> AllowedParents(OrgLevel level) => ParentLevels[level];

    /// <summary>Throws <see cref="OrganizationErrors.LevelMismatch"/> unless a <paramref name="level"/> unit may sit under <paramref name="parent"/> (null: a root).</summary>
    public static void EnsureFits(OrgLevel level, OrgLevel? parent)
    {
        var allowed = ParentLevels[level];
        if (parent is null)
        {
            if (allowed.Length > 0)
            {
                throw OrganizationErrors.Create(OrganizationErrors.LevelMismatch,
                    $"A {Describe(level)} needs a parent: a {string.Join(" or ", allowed.Select(Describe))}.");
            }

            return;
        }

        if (!allowed.Contains(parent.Value))
        {
            var expected = allowed.Length == 0 ? "nothing (it is the root of a tree)" : "a " + string.Join(" or ", allowed.Select(Describe));
            throw OrganizationErrors.Create(OrganizationErrors.LevelMismatch,
                $"A {Describe(level)} cannot sit under a {Describe(parent.Value)}; its parent must be {expected}.");
        }
    }

    public static string Describe(OrgLevel level) => level switch
    {
        OrgLevel.Province => "province",
        OrgLevel.City => "city",
        OrgLevel.County => "county (practice center)",
        OrgLevel.Township => "township (practice institute)",
        OrgLevel.Village => "village or community (practice station)",
        OrgLevel.FamilyStation => "family station",
        OrgLevel.PracticeBase => "practice base",
        _ => level.ToString(),
    };
}
