using Platform.GraphQL.Federation;
using Platform.Volunteers.Domain;

namespace Platform.Volunteers.Data;

/// <summary>A registered volunteer team of a unit, placed in the brigade structure.</summary>
[Key("id")]
[GraphQLDescription("A registered volunteer team (志愿服务队伍).")]
public sealed class Team
{
    [ID]
    public required string Id { get; init; }

    public required string Name { get; set; }

    public TeamLevel Level { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    [GraphQLIgnore]
    public required string CategoryCode { get; init; }

    [GraphQLIgnore]
    public required string UnitId { get; init; }

    [GraphQLIgnore]
    public string? ParentTeamId { get; init; }
}
