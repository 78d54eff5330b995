using static Platform.Activities.Domain.ProjectAction;
using static Platform.Activities.Domain.ProjectStage;

namespace Platform.Activities.Domain;

/// <summary>
/// A project's closed loop as a table (seed 002 §五.二.2). After improving, the project either starts its next round
/// (recruiting again when the improved project needs other volunteers, implementing again when the same ones carry on;
/// the round number grows) or closes; seed 002 asks to add and cut projects by demand, so evaluation may also close it.
/// Taken by administrators whose scope covers the organizing unit.
/// </summary>
public static class ProjectLifecycle
{
    public static IReadOnlyList<(ProjectStage From, ProjectAction Action, ProjectStage To)> All { get; } =
    [
        (Created, Recruit, Recruiting),
        (Recruiting, Implement, Implementing),
        (Implementing, Evaluate, Evaluating),
        (Evaluating, Improve, Improving),
        (Evaluating, Close, Closed),
        (Improving, RecruitAgain, Recruiting),
        (Improving, ImplementAgain, Implementing),
        (Improving, Close, Closed),
    ];

    public static bool IsLifecycleAction(ProjectAction action) => All.Any(rule => rule.Action == action);

    public static ProjectStage? Next(ProjectStage from, ProjectAction action) =>
        All.Where(rule => rule.From == from && rule.Action == action).Select(rule => (ProjectStage?)rule.To).FirstOrDefault();

    /// <summary>Whether the step starts a new round of the loop.</summary>
    public static bool StartsRound(ProjectAction action) => action is RecruitAgain or ImplementAgain;
}
