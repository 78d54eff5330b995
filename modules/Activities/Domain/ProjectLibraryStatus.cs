namespace Platform.Activities.Domain;

/// <summary>A project's way into the project library (项目库, seed 003 §五.3: 广泛征集 → 筛选整理 → 专家评审 → 纳入项目库).</summary>
[GraphQLDescription("A project's way into the project library (项目库): submitted → screened → expert-reviewed → admitted, or rejected at any step.")]
public enum ProjectLibraryStatus
{
    [GraphQLDescription("Not submitted to the library.")]
    NotSubmitted,

    [GraphQLDescription("Submitted in answer to the solicitation (征集).")]
    Submitted,

    [GraphQLDescription("Passed screening (筛选整理).")]
    Screened,

    [GraphQLDescription("Passed the expert review (专家评审).")]
    Reviewed,

    [GraphQLDescription("Admitted to the library: supported, and its progress is public.")]
    Admitted,

    [GraphQLDescription("Rejected with a reason; it may be improved and submitted again.")]
    Rejected,
}
