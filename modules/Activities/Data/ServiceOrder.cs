using Platform.Activities.Domain;
using Platform.GraphQL.Federation;

namespace Platform.Activities.Data;

/// <summary>
/// A citizen's order (群众点单) for a service from a practice unit, and where it stands in the workflow. The unit, team and
/// volunteer are other modules' entities; this module keeps their ids. <see cref="Version"/> grows with every step and
/// guards each change: two steps taken at once on the same version cannot both be saved.
/// </summary>
[Key("id")]
[GraphQLDescription("A citizen's service order (群众点单) and its way through dispatch, acceptance, rating and reward.")]
public sealed class ServiceOrder
{
    [ID]
    public required string Id { get; init; }

    /// <summary>The token subject of the citizen who placed the order.</summary>
    [GraphQLIgnore]
    public required string CitizenSubject { get; init; }

    /// <summary>The unit the order is with now (the one asked, or a higher one after escalation).</summary>
    [GraphQLIgnore]
    public required string UnitId { get; set; }

    /// <summary>The unit the citizen asked.</summary>
    [GraphQLIgnore]
    public required string OriginUnitId { get; init; }

    [GraphQLDescription("What the citizen needs, in their words.")]
    public required string Need { get; init; }

    [GraphQLDescription("The practice content the need falls under.")]
    public PracticeContent Content { get; init; }

    [GraphQLDescription("When the citizen would like the service, if they said.")]
    public DateTimeOffset? WishedTime { get; init; }

    public ServiceOrderStatus Status { get; set; }

    [GraphQLDescription("Whether the order is with a team or a volunteer; null while nobody has it.")]
    public ServiceOrderAssigneeKind? AssigneeKind { get; set; }

    [GraphQLIgnore]
    public string? AssigneeId { get; set; }

    [GraphQLDescription("The citizen's rating, 1 to 5 stars (群众评单).")]
    public int? Rating { get; set; }

    public string? RatingComment { get; set; }

    [GraphQLDescription("What the government awarded (政府奖单).")]
    public string? RewardNote { get; set; }

    [GraphQLDescription("Points awarded with the reward, when any.")]
    public int? RewardPoints { get; set; }

    public DateTimeOffset PlacedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The number of steps taken (1 after placing); the optimistic concurrency token.</summary>
    [GraphQLDescription("The number of steps taken so far (1 after placing).")]
    public int Version { get; set; }
}
