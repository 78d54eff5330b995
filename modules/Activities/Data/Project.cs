using Platform.Activities.Domain;
using Platform.GraphQL.Federation;

namespace Platform.Activities.Data;

/// <summary>
/// A volunteer service project (项目) of an organizing unit: its loop (stage and round), its way into the project
/// library, its brand mark and the teams carrying it. Projects are published (seed 002 §五.二.2), so they are public.
/// <see cref="Version"/> guards each change.
/// </summary>
[Key("id")]
[GraphQLDescription("A volunteer service project (项目): its closed loop, its way into the project library (项目库), and its brand mark (品牌项目).")]
public sealed class Project
{
    [ID]
    public required string Id { get; init; }

    [GraphQLIgnore]
    public required string UnitId { get; init; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    [GraphQLDescription("The practice content the project serves.")]
    public PracticeContent Content { get; set; }

    [GraphQLIgnore]
    public List<string> TeamIds { get; set; } = [];

    public ProjectStage Stage { get; set; }

    [GraphQLDescription("The round of the loop, 1 for the first; each new round after improving adds one.")]
    public int Round { get; set; } = 1;

    public ProjectLibraryStatus LibraryStatus { get; set; }

    [GraphQLDescription("Why the library rejected the project, while it stands rejected.")]
    public string? LibraryRejectionReason { get; set; }

    [GraphQLDescription("Whether the project is a brand project (品牌项目).")]
    public bool IsBrand { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    [GraphQLDescription("The number of events so far (1 after creation).")]
    public int Version { get; set; }
}
