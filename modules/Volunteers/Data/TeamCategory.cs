using Platform.Volunteers.Domain;

namespace Platform.Volunteers.Data;

/// <summary>A team category of the catalog: one of the standard lists ("8", Shandong's 17) or a unit's local ("N") one.</summary>
[GraphQLDescription("A volunteer team category: the standing 8 (8+N), Shandong's 17, or a unit's local one.")]
public sealed class TeamCategory
{
    [GraphQLDescription("A stable code: an upper-case name for standard categories, LOCAL_<hex> for local ones.")]
    public required string Code { get; init; }

    [GraphQLDescription("The category's Chinese name as the province documents spell it.")]
    public required string Name { get; set; }

    [GraphQLDescription("True for the standing 8 of Hebei and Shanxi (8+N).")]
    public bool StandingEight => Groups.HasFlag(TeamCategoryGroup.StandingEight);

    [GraphQLDescription("True for Shandong's 17 center teams.")]
    public bool ShandongSeventeen => Groups.HasFlag(TeamCategoryGroup.ShandongSeventeen);

    [GraphQLDescription("True for a local (N) category of one unit.")]
    public bool Local => UnitId is not null;

    [GraphQLIgnore]
    public TeamCategoryGroup Groups { get; init; }

    [GraphQLIgnore]
    public string? UnitId { get; init; }

    [GraphQLIgnore]
    public int SortOrder { get; init; }
}
