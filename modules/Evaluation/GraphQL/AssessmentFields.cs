using Platform.Evaluation.Data;
using Platform.Evaluation.Domain;

namespace Platform.Evaluation.GraphQL;

/// <summary>What is derived from an assessment: its unit, its rubric, its scores in rubric order, totals by item and overall.</summary>
[ExtendObjectType(typeof(Assessment))]
public sealed class AssessmentFields
{
    [GraphQLDescription("The unit assessed.")]
    public OrgUnit GetUnit([Parent] Assessment assessment) => new(assessment.UnitId);

    public async Task<Rubric> GetRubricAsync([Parent] Assessment assessment, RubricByCodeLoader rubrics, CancellationToken cancellationToken) =>
        await LoadRubricAsync(assessment, rubrics, cancellationToken).ConfigureAwait(false);

    [GraphQLDescription("The scores given so far, in rubric order.")]
    public async Task<IReadOnlyList<StandardScore>> GetScoresAsync([Parent] Assessment assessment, RubricByCodeLoader rubrics, CancellationToken cancellationToken)
    {
        var rubric = await LoadRubricAsync(assessment, rubrics, cancellationToken).ConfigureAwait(false);
        var order = rubric.Standards.Select((standard, index) => (standard.Code, index)).ToDictionary(pair => pair.Code, pair => pair.index);
        return [.. assessment.Scores.OrderBy(score => order.GetValueOrDefault(score.StandardCode, int.MaxValue))];
    }

    [GraphQLDescription("The score of each item (I-1 … I-n), in rubric order.")]
    public async Task<IReadOnlyList<ItemTotal>> GetItemsAsync([Parent] Assessment assessment, RubricByCodeLoader rubrics, CancellationToken cancellationToken) =>
        (await TotalsAsync(assessment, rubrics, cancellationToken).ConfigureAwait(false)).Items;

    [GraphQLDescription("The score of the basic items.")]
    public async Task<decimal> GetBasicTotalAsync([Parent] Assessment assessment, RubricByCodeLoader rubrics, CancellationToken cancellationToken) =>
        (await TotalsAsync(assessment, rubrics, cancellationToken).ConfigureAwait(false)).Basic;

    [GraphQLDescription("The score of the featured items (特色指标).")]
    public async Task<decimal> GetFeaturedTotalAsync([Parent] Assessment assessment, RubricByCodeLoader rubrics, CancellationToken cancellationToken) =>
        (await TotalsAsync(assessment, rubrics, cancellationToken).ConfigureAwait(false)).Featured;

    [GraphQLDescription("Basic plus featured score.")]
    public async Task<decimal> GetTotalAsync([Parent] Assessment assessment, RubricByCodeLoader rubrics, CancellationToken cancellationToken) =>
        (await TotalsAsync(assessment, rubrics, cancellationToken).ConfigureAwait(false)).Total;

    [GraphQLDescription("Standards scored so far.")]
    public int GetScoredStandards([Parent] Assessment assessment) => assessment.Scores.Count;

    [GraphQLDescription("Every standard of the rubric is scored (needed to submit).")]
    public async Task<bool> GetCompleteAsync([Parent] Assessment assessment, RubricByCodeLoader rubrics, CancellationToken cancellationToken)
    {
        var totals = await TotalsAsync(assessment, rubrics, cancellationToken).ConfigureAwait(false);
        return totals.ScoredStandards == totals.Standards;
    }

    internal static async Task<AssessmentTotals> TotalsAsync(Assessment assessment, RubricByCodeLoader rubrics, CancellationToken cancellationToken) =>
        AssessmentTotals.Of(await LoadRubricAsync(assessment, rubrics, cancellationToken).ConfigureAwait(false), assessment.Scores);

    private static async Task<Rubric> LoadRubricAsync(Assessment assessment, RubricByCodeLoader rubrics, CancellationToken cancellationToken) =>
        await rubrics.LoadAsync(assessment.RubricCode, cancellationToken).ConfigureAwait(false)
            ?? throw EvaluationErrors.Create(EvaluationErrors.RubricNotFound, $"The rubric \"{assessment.RubricCode}\" of this assessment is missing.");
}
