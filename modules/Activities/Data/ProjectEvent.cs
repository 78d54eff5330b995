using Platform.Activities.Domain;

namespace Platform.Activities.Data;

/// <summary>One recorded step of a project: its progress, public like the project.</summary>
[GraphQLDescription("One recorded step of a project (its public progress).")]
public sealed class ProjectEvent
{
    [GraphQLIgnore]
    public long Id { get; init; }

    [GraphQLIgnore]
    public required string ProjectId { get; init; }

    [GraphQLDescription("The project's version after this step: 1 for creation.")]
    public int Sequence { get; init; }

    public ProjectAction Action { get; init; }

    [GraphQLDescription("The stage or library status before the step (null for creation).")]
    public string? From { get; init; }

    [GraphQLDescription("The stage or library status after the step.")]
    public required string To { get; init; }

    [GraphQLDescription("The round of the loop after the step.")]
    public int Round { get; init; }

    [GraphQLIgnore]
    public required string ActorSubject { get; init; }

    public DateTimeOffset At { get; init; }

    [GraphQLDescription("What was noted: an evaluation's findings, an improvement, a rejection's reason.")]
    public string? Note { get; init; }
}
