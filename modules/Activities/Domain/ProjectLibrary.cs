using static Platform.Activities.Domain.ProjectAction;
using static Platform.Activities.Domain.ProjectLibraryStatus;

namespace Platform.Activities.Domain;

/// <summary>
/// The way into the project library as a table (seed 003 §五.3): the organizing unit submits (again after a rejection,
/// once improved: 指导提升); reviewers screen, review and admit, or reject with a reason at any of those steps.
/// </summary>
public static class ProjectLibrary
{
    public static IReadOnlyList<(ProjectLibraryStatus From, ProjectAction Action, ProjectLibraryStatus To)> All { get; } =
    [
        (NotSubmitted, Submit, Submitted),
        (Rejected, Submit, Submitted),
        (Submitted, Screen, Screened),
        (Screened, Review, Reviewed),
        (Reviewed, Admit, Admitted),
        (Submitted, Reject, Rejected),
        (Screened, Reject, Rejected),
        (Reviewed, Reject, Rejected),
    ];

    public static bool IsLibraryAction(ProjectAction action) => All.Any(rule => rule.Action == action);

    public static ProjectLibraryStatus? Next(ProjectLibraryStatus from, ProjectAction action) =>
        All.Where(rule => rule.From == from && rule.Action == action).Select(rule => (ProjectLibraryStatus?)rule.To).FirstOrDefault();

    /// <summary>Steps taken by reviewers (administrators above the organizing unit), not by the organizer.</summary>
    public static bool IsReviewerAction(ProjectAction action) => action is Screen or Review or Admit or Reject or DesignateBrand or WithdrawBrand;
}
