namespace Platform.Activities.Domain;

/// <summary>A step of a project: of its loop (<see cref="ProjectLifecycle"/>), of its way into the library (<see cref="ProjectLibrary"/>), or its brand mark.</summary>
[GraphQLDescription("A step of a project's loop, of its way into the project library, or of its brand mark.")]
public enum ProjectAction
{
    [GraphQLDescription("The project is set up (the first event).")]
    Create,

    Recruit,
    Implement,
    Evaluate,
    Improve,

    [GraphQLDescription("From improving, the next round starts with recruiting.")]
    RecruitAgain,

    [GraphQLDescription("From improving, the next round starts with implementing (same volunteers).")]
    ImplementAgain,

    Close,

    [GraphQLDescription("Library: submitted (again, after a rejection) by the organizing unit.")]
    Submit,

    [GraphQLDescription("Library: passed screening (reviewers: administrators above the organizing unit).")]
    Screen,

    [GraphQLDescription("Library: passed the expert review.")]
    Review,

    [GraphQLDescription("Library: admitted.")]
    Admit,

    [GraphQLDescription("Library: rejected with a reason, at screening, review or admission.")]
    Reject,

    [GraphQLDescription("Marked a brand project (品牌项目); only admitted projects.")]
    DesignateBrand,

    [GraphQLDescription("The brand mark is withdrawn.")]
    WithdrawBrand,
}
