namespace Platform.Activities.Domain;

/// <summary>
/// Where a project stands in its closed loop (seed 002 §五.二.2: 成立项目 → 招募志愿者 → 实施项目 → 评估效果 → 优化项目).
/// Improving leads to the next round (recruiting again, or implementing again with the same volunteers) or to closing.
/// </summary>
[GraphQLDescription("Where a project stands in its closed loop: create → recruit → implement → evaluate → improve, then the next round or closing.")]
public enum ProjectStage
{
    [GraphQLDescription("Set up (成立项目); not yet recruiting.")]
    Created,

    [GraphQLDescription("Recruiting volunteers and volunteer organizations (招募志愿者).")]
    Recruiting,

    [GraphQLDescription("Being carried out (实施项目).")]
    Implementing,

    [GraphQLDescription("Its effect is being evaluated, e.g. by surveys and return visits (评估效果).")]
    Evaluating,

    [GraphQLDescription("Its content and methods are being improved from the evaluation (优化项目).")]
    Improving,

    [GraphQLDescription("Ended (the need is met, or the project was cut after evaluation).")]
    Closed,
}
